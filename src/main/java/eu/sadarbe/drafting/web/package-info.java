/**
 * The drafting pages: controllers that bind a form record and call one use case of the applications' DraftDesk,
 * and the views and errors they show.
 */
@NullMarked
package eu.sadarbe.drafting.web;

import org.jspecify.annotations.NullMarked;
