/**
 * Reporting: what a project in force actually did and what it cost — the interim report when the payment scheme
 * calls for one (R-PAY-02) and the final report due after the project's end (R-REP-01) — the agency's assessment of
 * the report (by its officer, or by an expert of its pool free of conflicts of interest), the final grant from the
 * actual activities at the agreement's unit costs through the same budget engine as applications, reductions
 * (R-RED-01, R-RED-02), the public results summary (R-REP-02), the balance or the recovery (rules file section 6),
 * and the agency's monitoring of its portfolio.
 */
@ApplicationModule(allowedDependencies = {"grants", "payments", "applications", "applications :: document",
        "submission", "assessment", "budget", "calls", "places", "organisations", "accounts", "shared", "web"})
@NullMarked
package eu.sadarbe.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
