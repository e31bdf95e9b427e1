/** How drafts are kept: sections with their own versions, members, and the history of every change. */
@NullMarked
package eu.sadarbe.applications.domain;

import org.jspecify.annotations.NullMarked;
