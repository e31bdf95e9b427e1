/** The report aggregate, what it says the project did, and the classes holding their SQL. */
@NullMarked
package eu.sadarbe.reporting.domain;

import org.jspecify.annotations.NullMarked;
