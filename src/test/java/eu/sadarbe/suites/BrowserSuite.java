package eu.sadarbe.suites;

import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The browser tests (tag {@code browser}: Playwright driving Chromium, and axe), once, on H2 with the demo data: what a
 * page does in the browser does not depend on the database. The fresh production install's journey (tag
 * {@code needs-postgres}: it starts a Sadarbe of its own on PostgreSQL) runs in {@link DatabaseSuite}. The longest
 * suite, so Surefire starts it first, and the other two run one after the other in the second JVM meanwhile
 * (issue #14).
 */
@Suite
@SelectPackages("eu.sadarbe")
@IncludeTags("browser & !needs-postgres")
public class BrowserSuite {
}
