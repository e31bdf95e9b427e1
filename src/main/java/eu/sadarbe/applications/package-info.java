/**
 * Applications: the application document (v1) that describes a Strategic Partnership application wherever it
 * enters or leaves the system, and the reader that tells a malformed document apart from a well-formed one.
 * Programme Guide, Part B “Strategic Partnerships”; Part C “Information for applicants”.
 */
@ApplicationModule(allowedDependencies = {"calls", "shared", "web"})
@NullMarked
package eu.sadarbe.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
