/**
 * Statistics: the public funnel of the programme — applications received, formally eligible, above the pass marks
 * (R-AWD-02), selected, on the reserve list (R-AWD-05), contracted and completed — by call year, round, National
 * Agency, action type or field and country, with success rates, cut-off scores and amounts (issue #20, item 4). It
 * keeps its own read model from the events of submission, assessment, selection and grants and publishes only
 * aggregates (docs/statistics.md).
 */
@ApplicationModule(allowedDependencies = {"submission", "assessment", "selection", "grants", "eligibility",
        "applications", "applications :: document", "budget", "calls", "reporting", "shared", "web"})
@NullMarked
package eu.sadarbe.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
