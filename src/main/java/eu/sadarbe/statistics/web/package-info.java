/** The public statistics page with its charts and CSV download, and the statistics API. */
@NullMarked
package eu.sadarbe.statistics.web;

import org.jspecify.annotations.NullMarked;
