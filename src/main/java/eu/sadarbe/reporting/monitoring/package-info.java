/**
 * The agency's monitoring of its portfolio (issue 19, item 6) and the project's "what is due next": reports due and
 * overdue (R-REP-01), payments due and made, absorption (reported against awarded) and its flags.
 */
@NullMarked
package eu.sadarbe.reporting.monitoring;

import org.jspecify.annotations.NullMarked;
