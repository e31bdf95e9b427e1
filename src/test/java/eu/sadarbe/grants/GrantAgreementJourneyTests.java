package eu.sadarbe.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AmendmentRequest;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.grants.domain.NotYourAgreement;
import eu.sadarbe.grants.domain.Party;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Grant agreements from a real final selection: a KA229 School Exchange Partnership of a Latvian and an Estonian
 * school, submitted in the open demo round, assessed, selected and its letter issued by LV01 (Ilze Ozola). One
 * mono-beneficiary agreement per school, each routed to its own country's agency (section 6); the coordinator signs,
 * the agency signs last and {@link AgreementEnteredIntoForce} is published; an amendment adding a partner is
 * checked, signed and approved. Nobody outside the project and its agency's officers reads or changes it.
 */
@SubmissionTest
@ExtendWith(PublishedEventsExtension.class)
class GrantAgreementJourneyTests {

    @Autowired MockMvc mvc;
    @Autowired GrantDesk grants;
    @Autowired SelectionDesk selection;
    @Autowired ReferenceData reference;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aSchoolExchangePartnershipHasOneAgreementPerSchoolWithItsOwnAgencyAndEntersIntoForceAtTheLastSignature(
            PublishedEvents events) throws Exception {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SignedInUser anna = fixtures.person(SubmissionFixtures.ANNA, "en");
        SubmissionSummary submission = GrantTestData.selectedSchoolExchange(fixtures, drafting, desk, selection, ilze, anna,
                "Reading together " + UUID.randomUUID());

        List<GrantAgreement> prepared = grants.prepare(submission.applicationId(),
                PaymentScheme.ONE_PREFINANCING, "lv", List.of(
                        new BeneficiaryDetails("E10000002", "LV80 BANK 0000 4351 9500 1", "HABALV22", "Inese Kalna"),
                        new BeneficiaryDetails("E10000012", "EE38 2200 2210 2014 5685", "HABAEE2X", "Mari Tamm")),
                ilze);

        String estonian = reference.agencyFor(CountryCode.of("EE"), "KA229", 2020).map(NationalAgency::code)
                .orElseThrow();
        assertThat(prepared).extracting(agreement -> agreement.preparation().agencyCode())
                .containsExactly("LV01", estonian);
        assertThat(estonian).isNotEqualTo("LV01");
        assertThat(prepared).allSatisfy(agreement -> {
            assertThat(agreement.current().partners()).isEmpty();
            assertThat(agreement.status()).isEqualTo(AgreementStatus.AWAITING_BENEFICIARY);
        });
        assertThat(prepared.stream().map(agreement -> agreement.current().total())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("5000");

        GrantAgreement latvian = prepared.get(0);
        byte[] pdf = mvc.perform(get("/projects/{id}/documents/agreement", latvian.id()).with(user(anna)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Dotācijas līgums", "Jelgavas Valsts ģimnāzija",
                    "Inese Kalna", "LV80 BANK 0000 4351 9500 1", "80 %");
        }

        // Ilze (LV01) cannot sign before the school, and not the Estonian school's agreement at all.
        mvc.perform(post("/api/v1/agency/LV01/grants/{id}/signature", latvian.id()).with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/agency/LV01/grants/{id}/signature", prepared.get(1).id()).with(user(ilze))
                .with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/projects/{id}/signature", latvian.id()).param("sha256", latvian.pdfSha256())
                        .param("accept", "true").with(user(anna)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        GrantAgreement inForce = grants.signByAgency(latvian.id(), ilze);
        assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(events.ofType(AgreementEnteredIntoForce.class)
                .matching(event -> event.agreementId().equals(latvian.id()))).singleElement()
                .satisfies(event -> {
                    assertThat(event.agencyCode()).isEqualTo("LV01");
                    assertThat(event.actionType()).isEqualTo("KA229");
                    assertThat(event.iban()).isEqualTo("LV80BANK0000435195001");
                    assertThat(event.awardedTotal()).isEqualByComparingTo(latvian.current().total());
                });

        // The coordinator asks for a partner to join: checked, signed, approved; the versions stand side by side.
        Amendment amendment = grants.requestAmendment(latvian.id(), new AmendmentRequest.PartnerJoins(
                        new Party("E10000013", "Vilniaus mokykla", "LT", true)), OrganisationType.SCHOOL, anna,
                Locale.ENGLISH);
        grants.signAmendment(latvian.id(), amendment.version(), amendment.pdfSha256(), anna);
        GrantAgreement amended = grants.approveAmendment(latvian.id(), amendment.version(), ilze);
        assertThat(amended.versions()).hasSize(2);
        assertThat(events.ofType(AgreementAmended.class).matching(event -> event.agreementId().equals(latvian.id())))
                .singleElement().satisfies(event -> assertThat(event.version()).isEqualTo(2));
        mvc.perform(get("/projects/{id}", latvian.id()).with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vilniaus mokykla")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/projects/" + latvian.id() + "/payments")));
    }

    @Test
    void nobodyOutsideTheProjectAndItsAgencyReadsOrChangesAnAgreement() throws Exception {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SignedInUser anna = fixtures.person(SubmissionFixtures.ANNA, "en");
        SignedInUser peteris = fixtures.person(SubmissionFixtures.PETERIS, "en");
        SignedInUser janis = fixtures.person(SubmissionFixtures.JANIS, "en");
        SubmissionSummary submission = GrantTestData.selectedSchoolExchange(fixtures, drafting, desk, selection, ilze, anna,
                "Refused " + UUID.randomUUID());
        GrantAgreement agreement = grants.prepare(submission.applicationId(), PaymentScheme.ONE_PREFINANCING, "en",
                List.of(new BeneficiaryDetails("E10000002", "LV80BANK0000435195001", "HABALV22", "Inese Kalna"),
                        new BeneficiaryDetails("E10000012", "EE382200221020145685", "HABAEE2X", "Mari Tamm")),
                ilze).get(0);
        String id = agreement.id().toString();

        for (SignedInUser stranger : List.of(peteris, janis)) {
            mvc.perform(get("/projects/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/projects/{id}/documents/agreement", id).with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/grants/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/grants/{id}/signature", id).contentType("application/json")
                            .content("{\"sha256\":\"" + agreement.pdfSha256() + "\"}").with(user(stranger)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/projects/{id}/signature", id).param("sha256", agreement.pdfSha256())
                    .param("accept", "true").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        }
        // The other agency's officer, and the applicant on the agency's side.
        mvc.perform(get("/agency/grants/{id}", id).with(user(janis))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/agency/LV02/grants/{id}/signature", id).with(user(janis)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/agency/LV01/grants/{id}/signature", id).with(user(janis)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agency/grants/{id}", id).with(user(anna))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV01/grants").with(user(anna))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agency/LV01/grants").contentType("application/json")
                        .content("{\"applicationId\":\"" + submission.applicationId().value() + "\"}")
                        .with(user(janis)).with(csrf()))
                .andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> grants.read(agreement.id(), peteris))
                .isInstanceOf(NotYourAgreement.class);
        // Those who belong read it.
        mvc.perform(get("/projects/{id}", id).with(user(anna))).andExpect(status().isOk());
        mvc.perform(get("/agency/grants/{id}", id).with(user(ilze))).andExpect(status().isOk());
        mvc.perform(get("/agency/grants").with(user(ilze))).andExpect(status().isOk());
    }
}
