/** The inbox and formal-check pages and the agency's REST API under {@code /api/v1/agency/{code}}. */
@NullMarked
package eu.sadarbe.assessment.inbox.web;

import org.jspecify.annotations.NullMarked;
