package eu.sadarbe.calls;

/**
 * How to reach a National Agency and how it is registered: for letterheads (issue 17) and the directory of agencies
 * (issue 20). {@code confirmed} is false where the details are recorded from general knowledge (flag U).
 */
public record AgencyContacts(String agencyCode, String address, String website, String email, String phone,
                             String registrationNumber, boolean confirmed) {
}
