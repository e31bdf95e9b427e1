/**
 * Scoring: the experts' assessments on the four award criteria with a comment each (R-AWD-01), drafts kept until
 * submitted and locked, the third expert when two totals lie too far apart (R-AWD-03), and the officer's
 * consolidated score with the pass rule (R-AWD-02). Guide for Experts, §4–§5.
 * The named interface {@code assessment::scoring} opens its use cases to the demo module only.
 */
@NamedInterface("scoring")
@NullMarked
package eu.sadarbe.assessment.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
