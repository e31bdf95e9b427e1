/**
 * The ranking within the envelope, the decisions and their letters (R-AWD-05), and the classes holding their SQL.
 * The named interface {@code selection::domain} opens its use cases to the demo module only (no other module lists it
 * among its allowed dependencies).
 */
@NamedInterface("domain")
@NullMarked
package eu.sadarbe.selection.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
