/**
 * The agency's inbox and formal check: the applications submitted to one National Agency, their requested grants
 * and findings on the frozen submission, the officer's eligible/ineligible decision (R-ELIG-xx). The named interface
 * {@code assessment::inbox} opens its use cases to the demo module only.
 */
@NamedInterface("inbox")
@NullMarked
package eu.sadarbe.assessment.inbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
