/**
 * The grant agreement aggregate, its amendments and signatures, and the class holding their SQL.
 * The named interface {@code grants::domain} opens its use cases to the demo module only (no other module lists it
 * among its allowed dependencies).
 */
@NamedInterface("domain")
@NullMarked
package eu.sadarbe.grants.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
