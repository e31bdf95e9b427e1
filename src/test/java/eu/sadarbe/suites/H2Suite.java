package eu.sadarbe.suites;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * On the embedded H2 database in memory, what {@link DatabaseSuite} does not run there: the unit tests (they touch no
 * database), single sign-on's flow, the tests tagged {@code h2-only} (about H2 itself, or whose outcome does not
 * depend on the database), and the database tests of code that differs per database (tag {@code both-databases}: the
 * results search, the sign-in throttle's buckets, files kept as large objects, the migrations' column types). The
 * browser tests run the demo's journeys on H2 besides (issue #14).
 */
@Suite
@SelectPackages("eu.sadarbe")
@IncludeTags("!browser & (!database | h2-only | both-databases)")
public class H2Suite {
}
