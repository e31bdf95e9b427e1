/**
 * The assessment's pages and API: the agency's inbox and formal check, the expert pool, the experts' score sheets,
 * the officer's consolidation and routine cases, and the agency's REST API under {@code /api/v1/agency/{code}} and
 * the experts' under {@code /api/v1/assessments}. The controllers, their forms and responses; the work is done by
 * the use cases of {@code inbox}, {@code experts} and {@code scoring}.
 */
@NullMarked
package eu.sadarbe.assessment.web;

import org.jspecify.annotations.NullMarked;
