package eu.sadarbe.suites;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every test but the browser tests, on the embedded H2 database in memory: the unit tests, the Spring tests with the
 * database (tag {@code database}) and those about H2 itself (tag {@code h2-only}).
 */
@Suite
@SelectPackages("eu.sadarbe")
@ExcludeTags("browser")
public class H2Suite {
}
