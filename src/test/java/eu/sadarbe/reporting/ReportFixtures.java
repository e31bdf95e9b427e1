package eu.sadarbe.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;

/**
 * Agreements in force of the reporting tests' own: a copy of a demo agreement in force of LV01 that the demo
 * coordinators may edit, under a new id and number with an end date of its own, so that each test opens reports
 * nobody else touches. The copy keeps the demo application, so its people are the demo coordinators.
 */
public final class ReportFixtures {

    public static final String COORDINATORS = "demo.coordinators@demo.sadarbe.eu";
    public static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    public static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    public static final List<String> OUTSIDERS = List.of("marta.jansone@demo.sadarbe.eu",
            "peteris.kalnins@demo.sadarbe.eu", "anna.berzina@demo.sadarbe.eu");

    private final Agreements agreements;
    private final ApplicationRegister applications;
    private final AccountRegister accounts;
    private final JdbcClient jdbc;

    public ReportFixtures(Agreements agreements, ApplicationRegister applications, AccountRegister accounts,
                          JdbcClient jdbc) {
        this.agreements = agreements;
        this.applications = applications;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A demo agreement in force of LV01 the demo coordinators write for, with the scheme asked for if there is one. */
    public AgreementInForce source(PaymentScheme scheme) {
        SignedInUser coordinators = person(COORDINATORS);
        List<AgreementInForce> theirs = agreements.inForceAt("LV01").stream()
                .filter(agreement -> applications.mayEdit(coordinators.id(), agreement.applicationId())).toList();
        if (theirs.isEmpty()) {
            throw new IllegalStateException("No demo agreement in force of LV01 for the demo coordinators");
        }
        return theirs.stream().filter(agreement -> agreement.scheme() == scheme).findFirst().orElse(theirs.get(0));
    }

    /** A copy of the agreement in force, ending on {@code end}, with that payment scheme. */
    public AgreementInForce copy(AgreementInForce source, LocalDate end, PaymentScheme scheme) {
        GrantAgreementId id = new GrantAgreementId(UUID.randomUUID());
        String versions = jdbc.sql("SELECT versions_json FROM grant_agreement WHERE id = ?")
                .param(source.id().value()).query(String.class).single()
                .replace("\"" + source.projectEnd() + "\"", "\"" + end + "\"");
        String number = "TEST-" + id.value().toString().substring(0, 13);
        String preparation = jdbc.sql("SELECT preparation_json FROM grant_agreement WHERE id = ?")
                .param(source.id().value()).query(String.class).single()
                .replace("\"" + source.scheme().name() + "\"", "\"" + scheme.name() + "\"")
                .replace("\"number\":\"" + source.number() + "\"", "\"number\":\"" + number + "\"");
        jdbc.sql("""
                        INSERT INTO grant_agreement (id, agreement_number, application_id, application_number,
                            national_agency_code, call_year, round_number, action_type, beneficiary_id, status,
                            awarded_total, pdf_sha256, entered_into_force_on, prepared_by, prepared_at,
                            preparation_json, versions_json, amendments_json, signatures_json, row_version)
                        SELECT ?, ?, ?, application_number, national_agency_code, call_year, round_number,
                            action_type, beneficiary_id, status, awarded_total, pdf_sha256, entered_into_force_on,
                            prepared_by, prepared_at, ?, ?, amendments_json, signatures_json, row_version
                        FROM grant_agreement WHERE id = ?""")
                .params(id.value(), number, UUID.randomUUID(), preparation, versions,
                        source.id().value())
                .update();
        return agreements.inForce(id).orElseThrow();
    }

    /** Moves the copy's end date, as an approved amendment would, and answers the event grants then publishes. */
    public AgreementAmended amend(AgreementInForce agreement, LocalDate newEnd) {
        jdbc.sql("UPDATE grant_agreement SET versions_json = REPLACE(versions_json, ?, ?) WHERE id = ?")
                .params("\"" + agreement.projectEnd() + "\"", "\"" + newEnd + "\"", agreement.id().value()).update();
        return new AgreementAmended(agreement.id(), agreement.version() + 1, "END_DATE", agreement.awardedTotal(),
                newEnd, Instant.now());
    }

    public static AgreementEnteredIntoForce entered(AgreementInForce agreement) {
        return new AgreementEnteredIntoForce(agreement.id(), agreement.number(), agreement.applicationId(),
                agreement.applicationNumber(), agreement.agencyCode(), agreement.actionType(), agreement.callYear(),
                agreement.scheme(), agreement.awardedTotal(), agreement.enteredIntoForceOn(),
                agreement.projectStart(), agreement.projectEnd(), agreement.beneficiaryName(),
                agreement.beneficiaryOrganisationId(), "LV80BANK0000435195001", "HABALV22");
    }

    public SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null);
    }

    /** A signed-in person who may not even view the agreement's application. */
    public SignedInUser outsider(AgreementInForce agreement) {
        return OUTSIDERS.stream().map(accounts::byEmail).flatMap(java.util.Optional::stream)
                .filter(account -> !applications.mayView(account.id(), agreement.applicationId()))
                .filter(account -> account.nationalAgencyCode() == null)
                .map(account -> person(account.email())).findFirst().orElseThrow();
    }
}
