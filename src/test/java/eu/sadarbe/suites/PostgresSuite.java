package eu.sadarbe.suites;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import eu.sadarbe.TestDatabase;

/**
 * The tests that touch the database (tag {@code database}) again, on the local PostgreSQL server
 * ({@code sadarbe.test.postgres.url}, a database created afresh): not the browser tests, whose pages behave the same on
 * either database, nor those tagged {@code h2-only} (about H2 itself, or whose outcome does not depend on the
 * database). All in this one JVM, as they share one database; skipped with a warning without PostgreSQL, unless
 * {@code sadarbe.test.postgres.required} is true.
 */
@Suite
@SelectPackages("eu.sadarbe")
@IncludeTags("database")
@ExcludeTags({"browser", "h2-only"})
public class PostgresSuite {

    @BeforeSuite
    static void onPostgres() {
        TestDatabase.usePostgres();
    }
}
