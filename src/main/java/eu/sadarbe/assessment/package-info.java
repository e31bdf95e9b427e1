/**
 * Assessment: what a National Agency does with the applications routed to it after the deadline — the inbox, the
 * formal check on the frozen submission, the pool of experts with their conflicts of interest, two (or three)
 * experts' scores on the four award criteria (R-AWD-01…03) and the officer's consolidated score; every step kept in
 * the audit trail. Programme Guide, Part C “What happens once the application is submitted?”; Guide for Experts.
 */
@ApplicationModule(allowedDependencies = {"submission", "applications", "applications :: document", "eligibility",
        "budget", "calls", "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
