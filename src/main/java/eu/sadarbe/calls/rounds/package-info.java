/**
 * The call round aggregate and its repository. The named interface {@code calls::rounds} opens them to the demo
 * module only (no other module lists it among its allowed dependencies).
 */
@NamedInterface("rounds")
@NullMarked
package eu.sadarbe.calls.rounds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
