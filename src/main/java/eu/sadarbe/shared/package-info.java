/**
 * Small value types every module speaks in: euro amounts and the Commission's country codes.
 */
@NullMarked
package eu.sadarbe.shared;

import org.jspecify.annotations.NullMarked;
