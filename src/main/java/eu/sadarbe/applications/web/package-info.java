/** The drafts' JSON API under /api/v1/applications: create, read, replace with If-Match, export. */
@NullMarked
package eu.sadarbe.applications.web;

import org.jspecify.annotations.NullMarked;
