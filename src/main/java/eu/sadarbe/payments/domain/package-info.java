@NullMarked
package eu.sadarbe.payments.domain;

import org.jspecify.annotations.NullMarked;
