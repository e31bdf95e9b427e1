/**
 * Reports on screen and in the API: the project's people write them section by section and submit them; the agency
 * assesses and settles them.
 */
@NullMarked
package eu.sadarbe.reporting.web;

import org.jspecify.annotations.NullMarked;
