/**
 * The organisation aggregate, its registration, validation and members, the partner search and the classes holding
 * their SQL. The named interface {@code organisations::domain} opens its use cases to the demo module only (no other
 * module lists it among its allowed dependencies).
 */
@NamedInterface("domain")
@NullMarked
package eu.sadarbe.organisations.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
