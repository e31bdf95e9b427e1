package eu.sadarbe.applications.document;

import eu.sadarbe.calls.StaffCategory;

/** Working days of one staff category of one organisation on an intellectual output (R-FIN-05). */
public record OutputStaff(String organisation, StaffCategory category, int days) {
}
