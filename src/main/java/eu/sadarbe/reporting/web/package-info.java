/** Reports on screen: the agency's assessment and settlement pages. */
@NullMarked
package eu.sadarbe.reporting.web;

import org.jspecify.annotations.NullMarked;
