/**
 * Reports on screen and in the API: the project's people write them section by section, import their participants
 * and submit them; the agency assesses and settles them and monitors its portfolio; "what is due next" on a project's
 * page. The controllers, their forms and views; the work is done by the module's use cases.
 */
@NullMarked
package eu.sadarbe.reporting.web;

import org.jspecify.annotations.NullMarked;
