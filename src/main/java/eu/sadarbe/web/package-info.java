/**
 * The web shell every module's pages stand in: layout support, language choice (English and Latvian),
 * locale-aware formats, the home page per role and friendly error pages.
 */
@NullMarked
package eu.sadarbe.web;

import org.jspecify.annotations.NullMarked;
