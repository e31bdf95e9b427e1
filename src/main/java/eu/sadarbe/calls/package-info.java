/**
 * Calls: call years and their reference data — countries and their participation per call year (R-CTRY-01),
 * action types KA201–KA229, priorities and the National Agencies that receive applications (R-ELIG-09); the rule
 * figures by call year (R-GEN-01) and what a check against a rule finds ({@code Finding}, {@code Severity}).
 * Programme Guide, Part A "Eligible countries", Part B "Strategic Partnerships".
 */
@ApplicationModule(allowedDependencies = {"shared", "web"})
@NullMarked
package eu.sadarbe.calls;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
