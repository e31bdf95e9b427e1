/**
 * The agency's inbox and formal check: the applications submitted to one National Agency, their requested grants
 * and findings on the frozen submission, the officer's eligible/ineligible decision (R-ELIG-xx) and the demo round.
 */
@NullMarked
package eu.sadarbe.assessment.inbox;

import org.jspecify.annotations.NullMarked;
