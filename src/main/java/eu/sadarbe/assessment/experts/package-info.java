/**
 * Experts: the agency's pool of experts, their recorded relations with organisations, conflicts of interest, and
 * the assignment of two (or three, R-AWD-03) experts to every eligible application. Guide for Experts, §3.
 * The named interface {@code assessment::experts} opens its use cases to the demo module only (no other module
 * lists it among its allowed dependencies).
 */
@NamedInterface("experts")
@NullMarked
package eu.sadarbe.assessment.experts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
