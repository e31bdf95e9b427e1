/**
 * The report aggregate, what it says the project did, and the classes holding their SQL. The named interface
 * {@code reporting::domain} opens its use cases to the demo module only (no other module lists it among its allowed
 * dependencies).
 */
@NamedInterface("domain")
@NullMarked
package eu.sadarbe.reporting.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
