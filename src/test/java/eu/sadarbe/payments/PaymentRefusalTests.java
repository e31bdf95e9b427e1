package eu.sadarbe.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.PaymentScheme;

/**
 * Issue 18, "done when": nobody outside the project's organisations and its agency's officers reads or changes a
 * payment — an applicant of other organisations (Pēteris), the other agency's officer (JSPA, LV02, on a VIAA
 * agreement), an expert. The project's coordinator reads but does not record. Refused means 403 or 404, never 200,
 * never a 500; and the project's people and VIAA's officer do get 200 (so the refusals are not a broken page).
 */
@SadarbeTest
class PaymentRefusalTests {

    static final String AGREEMENT = "{agreement}";
    static final String ORDER = "{order}";

    @Autowired MockMvc mvc;
    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    static AgreementEnteredIntoForce agreement;
    static String order;
    PaymentFixtures fixtures;

    @BeforeEach
    void oneAgreementOfViaa() {
        fixtures = new PaymentFixtures(drafting, accounts, transaction, events, jdbc);
        synchronized (PaymentRefusalTests.class) {
            if (agreement == null) {
                agreement = fixtures.inForce(PaymentScheme.ONE_PREFINANCING, new BigDecimal("5000.00"),
                        LocalDate.of(2019, 4, 1), "LV01");
                order = fixtures.order(agreement.agreementId(), PaymentKind.FIRST_PREFINANCING).toString();
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
        for (String outsider : List.of(PaymentFixtures.PETERIS, PaymentFixtures.JANIS, PaymentFixtures.MARTA)) {
            project.forEach(url -> cases.add(Arguments.of(outsider, url)));
        }
        for (String notViaa : List.of(PaymentFixtures.ANNA, PaymentFixtures.PETERIS, PaymentFixtures.MARTA)) {
            agency.forEach(url -> cases.add(Arguments.of(notViaa, url)));
        }
        cases.add(Arguments.of(PaymentFixtures.ILZE, "POST /admin/payments/accounts"));
        cases.add(Arguments.of(PaymentFixtures.ANNA, "GET /admin/payments/accounts"));
        cases.add(Arguments.of(PaymentFixtures.JANIS, "GET /api/v1/agency/LV01/payments"));
        cases.add(Arguments.of(PaymentFixtures.JANIS, "POST /api/v1/agency/LV01/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(PaymentFixtures.JANIS, "POST /api/v1/agency/LV02/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(PaymentFixtures.JANIS, "POST /agency/payments/" + ORDER + "/made"));
        cases.add(Arguments.of(PaymentFixtures.JANIS, "GET /api/v1/agency/LV01/payments/credit-transfer?dueBy=2030-01-01"));
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
        return Stream.of(Arguments.of(PaymentFixtures.ANNA, "GET /projects/" + AGREEMENT + "/payments"),
                Arguments.of(PaymentFixtures.ANNA, "GET /api/v1/grants/" + AGREEMENT + "/payments"),
                Arguments.of(PaymentFixtures.ILZE, "GET /projects/" + AGREEMENT + "/payments"),
                Arguments.of(PaymentFixtures.ILZE, "GET /api/v1/grants/" + AGREEMENT + "/payments"),
                Arguments.of(PaymentFixtures.ILZE, "GET /api/v1/agency/LV01/payments"));
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
        return mvc.perform(call.with(user(fixtures.person(who)))).andReturn().getResponse().getStatus();
    }
}
