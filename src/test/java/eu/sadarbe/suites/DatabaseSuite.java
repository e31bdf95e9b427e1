package eu.sadarbe.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import eu.sadarbe.TestDatabase;

/**
 * The tests that touch the database (tag {@code database}), once, on the local PostgreSQL server, the production
 * database ({@code sadarbe.test.postgres.url}, a database created afresh): the Spring tests, and the fresh production
 * install's browser journey (tag {@code needs-postgres}). Not the other browser tests (once, on H2: what a page does in
 * the browser does not depend on the database), nor those tagged {@code h2-only} (about H2 itself). All in this one
 * JVM, as they share one database. Without a reachable PostgreSQL they run on H2 in memory instead, with a warning,
 * unless {@code sadarbe.test.postgres.required} is true (as in {@code .ci/run}), when they fail. Those of code that
 * differs per database (tag {@code both-databases}) run in {@link H2Suite} too.
 */
@Suite
@SelectPackages("eu.sadarbe")
@IncludeTags("(database & !browser & !h2-only) | needs-postgres")
public class DatabaseSuite {

    @BeforeSuite
    static void onPostgres() {
        TestDatabase.usePostgres();
    }
}
