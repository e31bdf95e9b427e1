package eu.sadarbe.reporting.domain;

import java.util.List;

/**
 * One page of an agency's reports: the reports shown, how many match in all, the page shown (from 0) and how many
 * pages there are (at least one).
 */
public record AgencyReportPage(List<Report> reports, int total, int page, int pages) {
}
