/** The grant agreement pages of coordinators and officers, and the REST API under /api/v1/grants. */
@NullMarked
package eu.sadarbe.grants.web;

import org.jspecify.annotations.NullMarked;
