/**
 * Eligibility: the eligibility rules R-ELIG-01…R-ELIG-12 of the checklist and the check that applies them and
 * the funding rules to an application document, for the public check, the form, submission and the agency's
 * formal check alike. Programme Guide, Part B “Strategic Partnerships — eligibility criteria”.
 */
@ApplicationModule(allowedDependencies = {"applications :: document", "budget", "calls", "shared", "web"})
@NullMarked
package eu.sadarbe.eligibility;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
