package eu.sadarbe.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * Issue 18, "done when": nobody outside the project's organisations and its agency's officers reads or changes a
 * payment — an applicant of other organisations, the other agency's officer (LV02, on an LV01 agreement), an
 * expert. The project's coordinator reads but does not record. Refused means 403 or 404, never 200, never a 500; and
 * the project's people and LV01's officer do get 200 (so the refusals are not a broken page). A module test of
 * payments with its pages (the real security chain), on people of its own and an agreement of its coordinator's
 * own draft ({@link OwnApplicant}).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class PaymentRefusalTests {

    static final String COORDINATOR = "the project's coordinator";
    static final String OTHER_APPLICANT = "an applicant of other organisations";
    static final String OFFICER = "an LV01 officer";
    static final String OTHER_OFFICER = "an LV02 officer";
    static final String EXPERT = "an expert";

    static final String AGREEMENT = "{agreement}";
    static final String ORDER = "{order}";

    @Autowired MockMvc mvc;
    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;

    static AgreementEnteredIntoForce agreement;
    static String order;
    static Map<String, SignedInUser> people;

    @BeforeEach
    void oneAgreementOfLv01() {
        synchronized (PaymentRefusalTests.class) {
            if (agreement == null) {
                OwnApplicant coordinator = OwnApplicant.register(accounts, registration);
                PaymentFixtures fixtures = new PaymentFixtures(drafting, accounts, transaction, events, jdbc);
                agreement = fixtures.inForce(coordinator.draft(drafting, rounds, "Payments " + UUID.randomUUID()).id(),
                        PaymentScheme.ONE_PREFINANCING, new BigDecimal("5000.00"), LocalDate.of(2019, 4, 1), "LV01");
                order = fixtures.order(agreement.agreementId(), PaymentKind.FIRST_PREFINANCING).toString();
                people = Map.of(COORDINATOR, OwnPeople.signedIn(coordinator.account()),
                        OTHER_APPLICANT, OwnPeople.signedIn(OwnApplicant.register(accounts, registration).account()),
                        OFFICER, OwnPeople.open(accounts, "Ilze Ozola", Role.NA_OFFICER, "LV01"),
                        OTHER_OFFICER, OwnPeople.open(accounts, "Jānis Liepa", Role.NA_OFFICER, "LV02"),
                        EXPERT, OwnPeople.open(accounts, "Marta Jansone", Role.EXPERT, null));
            }
        }
    }

    static Stream<Arguments> refused() {
        List<String> project = List.of("GET /projects/" + AGREEMENT + "/payments",
                "GET /api/v1/grants/" + AGREEMENT + "/payments");
        List<String> agency = List.of("GET /api/v1/agency/LV01/payments",
                "GET /api/v1/agency/LV01/payments/credit-transfer?dueBy=2030-01-01",
                "POST /api/v1/agency/LV01/payments/" + ORDER + "/made",
                "POST /agency/payments/" + ORDER + "/made",
                "GET /agency/payments/credit-transfer?dueBy=2030-01-01");
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String outsider : List.of(OTHER_APPLICANT, OTHER_OFFICER, EXPERT)) {
            project.forEach(url -> cases.add(Arguments.of(outsider, url)));
        }
        for (String notAnOfficer : List.of(COORDINATOR, OTHER_APPLICANT, EXPERT)) {
            agency.forEach(url -> cases.add(Arguments.of(notAnOfficer, url)));
        }
        cases.add(Arguments.of(OFFICER, "POST /admin/payments/accounts"));
        cases.add(Arguments.of(COORDINATOR, "GET /admin/payments/accounts"));
        cases.add(Arguments.of(OTHER_OFFICER, "GET /api/v1/agency/LV01/payments"));
        cases.add(Arguments.of(OTHER_OFFICER, "POST /api/v1/agency/LV01/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(OTHER_OFFICER, "POST /api/v1/agency/LV02/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(OTHER_OFFICER, "POST /agency/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(OTHER_OFFICER, "GET /api/v1/agency/LV01/payments/credit-transfer?dueBy=2030-01-01"));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void refused(String who, String request) throws Exception {
        assertThat(status(who, request)).as("%s %s", who, request).isIn(403, 404);
        assertThat(jdbc.sql("SELECT state FROM payment_order WHERE id = ?").param(java.util.UUID.fromString(order))
                .query(String.class).single()).isEqualTo("DUE");
    }

    static Stream<Arguments> allowed() {
        return Stream.of(Arguments.of(COORDINATOR, "GET /projects/" + AGREEMENT + "/payments"),
                Arguments.of(COORDINATOR, "GET /api/v1/grants/" + AGREEMENT + "/payments"),
                Arguments.of(OFFICER, "GET /projects/" + AGREEMENT + "/payments"),
                Arguments.of(OFFICER, "GET /api/v1/grants/" + AGREEMENT + "/payments"),
                Arguments.of(OFFICER, "GET /api/v1/agency/LV01/payments"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void allowed(String who, String request) throws Exception {
        assertThat(status(who, request)).as("%s %s", who, request).isEqualTo(200);
    }

    private int status(String who, String request) throws Exception {
        String[] parts = request.split(" ", 2);
        String url = parts[1].replace(AGREEMENT, agreement.agreementId().toString()).replace(ORDER, order);
        MockHttpServletRequestBuilder call = switch (parts[0]) {
            case "GET" -> get(url);
            default -> url.startsWith("/api/")
                    ? post(url).contentType("application/json")
                    .content("{\"paidOn\": \"2019-05-01\", \"bankReference\": \"X-1\"}")
                    : post(url).with(csrf()).param("paidOn", "2019-05-01").param("bankReference", "X-1");
        };
        return mvc.perform(call.with(user(people.get(who)))).andReturn().getResponse().getStatus();
    }
}
