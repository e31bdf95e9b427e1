/**
 * Experts: the agency's pool of experts, their recorded relations with organisations, conflicts of interest, and
 * the assignment of two (or three, R-AWD-03) experts to every eligible application. Guide for Experts, §3.
 */
@NullMarked
package eu.sadarbe.assessment.experts;

import org.jspecify.annotations.NullMarked;
