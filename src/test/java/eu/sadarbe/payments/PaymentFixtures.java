package eu.sadarbe.payments;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.submission.SubmissionFixtures;

/**
 * Agreements in force for the payments tests, published as the grants module will publish them, on the tests' own
 * data: a draft of Anna's (so that the project's people are hers) or of a module test's own applicant, and an
 * agreement number of its own.
 */
public final class PaymentFixtures {

    public static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    public static final String PETERIS = "peteris.kalnins@demo.sadarbe.eu";
    public static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    public static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    public static final String MARTA = "marta.jansone@demo.sadarbe.eu";
    public static final String DEMO_OFFICER = "demo-finance@demo.sadarbe.eu";

    private final DraftDesk drafting;
    private final AccountRegister accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    public PaymentFixtures(DraftDesk drafting, AccountRegister accounts, TransactionTemplate transaction,
                           ApplicationEventPublisher events, JdbcClient jdbc) {
        this.drafting = drafting;
        this.accounts = accounts;
        this.transaction = transaction;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Publishes an agreement in force of a new draft of Anna's and waits until its orders exist. */
    public AgreementEnteredIntoForce inForce(PaymentScheme scheme, BigDecimal awarded, LocalDate enteredIntoForceOn,
                                             String agency) {
        ApplicationId application = drafting.start(person(ANNA).id(),
                SubmissionFixtures.greenSkills("Payments " + UUID.randomUUID()), null).id();
        return inForce(application, scheme, awarded, enteredIntoForceOn, agency);
    }

    /** Publishes an agreement in force of the draft (a module test's own) and waits until its orders exist. */
    public AgreementEnteredIntoForce inForce(ApplicationId application, PaymentScheme scheme, BigDecimal awarded,
                                             LocalDate enteredIntoForceOn, String agency) {
        AgreementEnteredIntoForce entered = entered(application, scheme, awarded, enteredIntoForceOn, agency);
        transaction.executeWithoutResult(status -> events.publishEvent(entered));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM payment_order WHERE agreement_id = ?").param(entered.agreementId().value())
                .query(Integer.class).single() > 0);
        return entered;
    }

    /**
     * A KA202 agreement of 2019 in force, of the application and with an agreement number of its own, as the grants
     * module publishes it: payments takes everything it needs from the event (the application's round only if the
     * applications module knows it).
     */
    public static AgreementEnteredIntoForce entered(ApplicationId application, PaymentScheme scheme, BigDecimal awarded,
                                                    LocalDate enteredIntoForceOn, String agency) {
        GrantAgreementId id = new GrantAgreementId(UUID.randomUUID());
        String number = "2019-1-" + agency + "-KA202-" + id.value().toString().substring(0, 6).toUpperCase();
        return new AgreementEnteredIntoForce(id, number, application,
                "APP-" + id.value().toString().substring(0, 8), agency, "KA202", 2019, scheme, awarded,
                enteredIntoForceOn, enteredIntoForceOn.plusDays(1), enteredIntoForceOn.plusYears(2),
                "Rīgas Valsts tehnikums " + number.substring(number.length() - 6), "E10000001", "LV87HABA0551012345678",
                "HABALV22");
    }

    public UUID order(GrantAgreementId id, PaymentKind kind) {
        return jdbc.sql("SELECT id FROM payment_order WHERE agreement_id = ? AND kind = ?")
                .params(id.value(), kind.name()).query(UUID.class).single();
    }

    public SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return OwnPeople.signedIn(account);
    }

    /** The official pain.001.001.03 schema, the copy in the test resources. */
    public static Schema painSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream xsd = PaymentFixtures.class.getResourceAsStream(
                "/standards/iso20022/pain.001.001.03.xsd")) {
            return factory.newSchema(new StreamSource(xsd));
        }
    }

    /** Validates a file against the schema; throws with the first problem. */
    public static void validate(byte[] xml) throws Exception {
        painSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static List<String> columns() {
        return List.of("reference", "date", "amount", "bank_reference");
    }
}
