/**
 * The payment orders of an agreement, the finance desk and the classes holding their SQL. The named interface
 * {@code payments::domain} opens its use cases to the demo module only (no other module lists it among its allowed
 * dependencies).
 */
@NamedInterface("domain")
@NullMarked
package eu.sadarbe.payments.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
