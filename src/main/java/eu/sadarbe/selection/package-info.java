/**
 * Selection: per National Agency, round and action type, the applications that passed assessment ranked by their
 * final score within the budget envelope, the reserve list, the decisions and the decision letters (R-AWD-05).
 * Programme Guide, Part C “What happens once the application is submitted?”.
 */
@ApplicationModule(allowedDependencies = {"assessment", "submission", "applications", "applications :: document",
        "budget", "calls", "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
