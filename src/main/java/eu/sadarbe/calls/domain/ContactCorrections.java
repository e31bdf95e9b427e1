package eu.sadarbe.calls.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' corrections of the directory of contacts (issue 20): a National Agency's address, website, e-mail
 * and phone, or a national Erasmus+ office's or the Commission's, with whether they are now confirmed. The agency's
 * registration number (letterheads, issue 17) is not changed here. Each correction is logged with its author.
 */
@Service
public class ContactCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(ContactCorrections.class);

    private final JdbcClient jdbc;

    ContactCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when there is no such agency. */
    @Transactional
    public boolean correctAgency(String agencyCode, ContactDetails details, String administrator) {
        int updated = jdbc.sql("""
                        UPDATE national_agency_contact SET address = :address, website = :website, email = :email,
                            phone = :phone, confirmed = :confirmed WHERE agency_code = :code""")
                .param("address", details.address()).param("website", details.website())
                .param("email", details.email()).param("phone", details.phone())
                .param("confirmed", details.confirmed()).param("code", agencyCode).update();
        if (updated == 0 && jdbc.sql("SELECT COUNT(*) FROM national_agency WHERE code = :code")
                .param("code", agencyCode).query(Integer.class).single() > 0) {
            updated = jdbc.sql("""
                            INSERT INTO national_agency_contact (agency_code, address, website, email, phone,
                                registration_number, confirmed)
                            VALUES (:code, :address, :website, :email, :phone, '', :confirmed)""")
                    .param("address", details.address()).param("website", details.website())
                    .param("email", details.email()).param("phone", details.phone())
                    .param("confirmed", details.confirmed()).param("code", agencyCode).update();
        }
        if (updated > 0) {
            LOG.info("Contacts of agency {} corrected by {} (confirmed: {})", agencyCode, administrator,
                    details.confirmed());
        }
        return updated > 0;
    }

    /** Returns false when there is no such office or Commission contact. */
    @Transactional
    public boolean correctInformationContact(String code, ContactDetails details, String administrator) {
        int updated = jdbc.sql("""
                        UPDATE information_contact SET address = :address, website = :website, email = :email,
                            phone = :phone, confirmed = :confirmed WHERE code = :code""")
                .param("address", details.address()).param("website", details.website())
                .param("email", details.email()).param("phone", details.phone())
                .param("confirmed", details.confirmed()).param("code", code).update();
        if (updated > 0) {
            LOG.info("Contacts of {} corrected by {} (confirmed: {})", code, administrator, details.confirmed());
        }
        return updated > 0;
    }

    /** How to reach one body; an empty value is not recorded. */
    public record ContactDetails(String address, String website, String email, String phone, boolean confirmed) {
    }
}
