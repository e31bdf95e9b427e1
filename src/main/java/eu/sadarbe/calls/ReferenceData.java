package eu.sadarbe.calls;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.LocalisedText;

/**
 * The programme's reference data by call year: countries (R-CTRY-01), action types, priorities and National
 * Agencies (R-ELIG-09).
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Country> countries(int callYear) {
        requireKnown(callYear);
        return jdbc.sql("""
                        SELECT c.code, c.name_en, c.name_lv, p.call_year, p.participation, p.io_rate_group
                        FROM country c JOIN country_participation p ON p.country_code = c.code
                        WHERE p.call_year = :callYear
                        ORDER BY c.name_en""")
                .param("callYear", callYear)
                .query((rs, row) -> new Country(CountryCode.of(rs.getString("code")),
                        new LocalisedText(rs.getString("name_en"), rs.getString("name_lv")),
                        rs.getInt("call_year"), Participation.valueOf(rs.getString("participation")),
                        rs.getString("io_rate_group")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Country> country(CountryCode code, int callYear) {
        return countries(callYear).stream().filter(country -> country.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public List<ActionType> actionTypes(@Nullable Integer callYear) {
        if (callYear != null) {
            requireKnown(callYear);
        }
        return jdbc.sql("SELECT * FROM action_type ORDER BY code")
                .query((rs, row) -> new ActionType(rs.getString("code"), rs.getString("field"),
                        new LocalisedText(rs.getString("name_en"), rs.getString("name_lv")),
                        rs.getInt("first_call_year"), rs.getInt("last_call_year")))
                .list().stream()
                .filter(type -> callYear == null || type.isOpenIn(callYear))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Priority> priorities(@Nullable Integer callYear, @Nullable String field) {
        if (callYear != null) {
            requireKnown(callYear);
        }
        return jdbc.sql("SELECT * FROM priority ORDER BY CASE WHEN field IS NULL THEN 0 ELSE 1 END, field, code")
                .query((rs, row) -> new Priority(rs.getString("code"), rs.getString("field"),
                        new LocalisedText(rs.getString("name_en"), rs.getString("name_lv")),
                        rs.getInt("first_call_year"), rs.getInt("last_call_year")))
                .list().stream()
                .filter(priority -> callYear == null
                        || (callYear >= priority.firstCallYear() && callYear <= priority.lastCallYear()))
                .filter(priority -> field == null || priority.isHorizontal() || field.equals(priority.field()))
                .toList();
    }

    /**
     * The National Agencies, optionally of one country, and of the Programme Countries of one call year only
     * (an agency exists only where its country takes part as a Programme Country).
     */
    @Transactional(readOnly = true)
    public List<NationalAgency> nationalAgencies(@Nullable Integer callYear, @Nullable CountryCode country) {
        if (callYear != null) {
            requireKnown(callYear);
        }
        List<AgencyActionTypeRow> rows = jdbc.sql("""
                        SELECT a.code, a.country_code, a.name, a.name_en, a.confirmed, t.action_type_code
                        FROM national_agency a
                        LEFT JOIN national_agency_action_type t ON t.agency_code = a.code
                        WHERE (:country IS NULL OR a.country_code = :country)
                          AND (:callYear IS NULL OR EXISTS (
                                SELECT 1 FROM country_participation p
                                WHERE p.country_code = a.country_code AND p.call_year = :callYear
                                  AND p.participation = 'PROGRAMME'))
                        ORDER BY a.code, t.action_type_code""")
                .param("country", country == null ? null : country.value(), Types.VARCHAR)
                .param("callYear", callYear, Types.INTEGER)
                .query((rs, n) -> new AgencyActionTypeRow(rs.getString("code"), rs.getString("country_code"),
                        rs.getString("name"), rs.getString("name_en"), rs.getBoolean("confirmed"),
                        rs.getString("action_type_code")))
                .list();
        Map<String, List<AgencyActionTypeRow>> byAgency = new LinkedHashMap<>();
        rows.forEach(row -> byAgency.computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row));
        return byAgency.values().stream().map(AgencyActionTypeRow::toAgency).toList();
    }

    /** R-ELIG-09: the agency of the applicant's country that receives this action type, if there is one. */
    @Transactional(readOnly = true)
    public Optional<NationalAgency> agencyFor(CountryCode applicantCountry, String actionType, int callYear) {
        return nationalAgencies(callYear, applicantCountry).stream()
                .filter(agency -> agency.handles(actionType))
                .findFirst();
    }

    /** The agency's address, website, e-mail, telephone and registration number, where they are recorded. */
    @Transactional(readOnly = true)
    public Optional<AgencyContacts> agencyContacts(String agencyCode) {
        return jdbc.sql("""
                        SELECT agency_code, address, website, email, phone, registration_number, confirmed
                        FROM national_agency_contact WHERE agency_code = :code""")
                .param("code", agencyCode)
                .query((rs, n) -> new AgencyContacts(rs.getString("agency_code"), rs.getString("address"),
                        rs.getString("website"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("registration_number"), rs.getBoolean("confirmed")))
                .optional();
    }

    /** The national Erasmus+ offices of Partner Countries, then the Commission's contacts (issue 20). */
    public List<InformationContact> informationContacts() {
        return jdbc.sql("""
                        SELECT code, kind, country_code, name, name_en, address, website, email, phone, confirmed
                        FROM information_contact ORDER BY CASE WHEN kind = 'NATIONAL_OFFICE' THEN 0 ELSE 1 END, code""")
                .query((rs, n) -> new InformationContact(rs.getString("code"), rs.getString("kind"),
                        rs.getString("country_code"), new LocalisedText(rs.getString("name_en"), rs.getString("name")),
                        rs.getString("address"), rs.getString("website"), rs.getString("email"),
                        rs.getString("phone"), rs.getBoolean("confirmed")))
                .list();
    }

    private static void requireKnown(int callYear) {
        if (!CallYears.isKnown(callYear)) {
            throw new UnknownCallYear(callYear);
        }
    }

    private record AgencyActionTypeRow(String code, String country, String name, String nameEn, boolean confirmed,
                                       @Nullable String actionType) {

        static NationalAgency toAgency(List<AgencyActionTypeRow> rows) {
            var first = rows.get(0);
            List<String> actionTypes = rows.stream().map(AgencyActionTypeRow::actionType)
                    .filter(java.util.Objects::nonNull).toList();
            return new NationalAgency(first.code(), CountryCode.of(first.country()), first.name(), first.nameEn(),
                    first.confirmed(), actionTypes);
        }
    }
}
