package eu.sadarbe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.scoring.AssessmentState;
import eu.sadarbe.assessment.scoring.Consolidation;
import eu.sadarbe.assessment.scoring.ScoreSheet;
import eu.sadarbe.assessment.scoring.Scores;
import eu.sadarbe.assessment.scoring.Scoring;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.statistics.StatisticsReconciliation;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.SubmissionRegistration;
import eu.sadarbe.submission.SubmittedApplications;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue #6, "done when": the demo assessment round (2020 round 2) taken from its deadline to the decision letters,
 * all 40 applications to VIAA (LV01), by the officer Ilze Ozola and the demo experts through the real services and
 * pages: the formal check (bulk confirmation, three rejected with reason and rule ids), two experts suggested per
 * application, conflict declarations and scores (some pass, some fail, three pairs 30+ points apart get a third
 * expert), consolidation, an envelope per action type, decisions and the letters, e-mailed once each in the
 * submitter's language. No other test changes the demo round's applications (they use copies, see
 * {@code BackOfficeRound}); this test refuses to start on a round someone already moved on.
 */
@SubmissionTest
class DemoRoundJourneyTests {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    static final List<String> ACTION_TYPES = List.of("KA201", "KA202", "KA204");
    static final String COMMENT = "A considered comment on this criterion, long enough to explain the points.";

    /** The formal problems the demo round carries (R-ELIG-10 unregistered partner, R-ELIG-02 country differs). */
    static final Map<String, List<String>> FORMAL_PROBLEMS = Map.of("-000006", List.of("R-ELIG-10"),
            "-000020", List.of("R-ELIG-02"), "-000034", List.of("R-ELIG-10"));
    /** Applicants that apply only once in the round, so a third expert is free for them (R-AWD-03). */
    static final List<String> THIRD_EXPERT = List.of("-000003", "-000021", "-000033");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister accounts;

    @Autowired
    BackOfficeStatuses statuses;

    @Autowired
    AssessableApplications assessable;

    @Autowired
    Assignments assignments;

    @Autowired
    Scoring scoring;

    @Autowired
    Consolidation consolidation;

    @Autowired
    SelectionDesk selection;

    @Autowired
    SubmittedApplications submitted;

    @Autowired
    AuditTrail audit;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeStatistics statistics;

    @Autowired
    SubmissionRegistration statisticsCatchUp;

    @Test
    void theDemoRoundGoesFromTheDeadlineToDecisionLettersForAllFortyApplications() throws Exception {
        SignedInUser ilze = person(ILZE);
        Map<String, BackOfficeApplication> round = new LinkedHashMap<>();
        for (String actionType : ACTION_TYPES) {
            statuses.applications("LV01", 2020, 2, actionType)
                    .forEach(application -> round.put(application.applicationNumber(), application));
        }
        assertThat(round).hasSize(40);
        assertThat(round.values()).as("the demo round is untouched before the journey")
                .allSatisfy(application -> assertThat(application.status()).isEqualTo(BackOfficeStatus.SUBMITTED));
        Map<String, ApplicationId> formalProblems = round.entrySet().stream()
                .filter(entry -> FORMAL_PROBLEMS.containsKey(suffix(entry.getKey())))
                .collect(Collectors.toMap(entry -> suffix(entry.getKey()), entry -> entry.getValue().applicationId()));
        assertThat(formalProblems).hasSize(3);

        // Formal check: the bulk confirmation leaves the three with errors for a check one by one.
        mvc.perform(post("/agency/applications/eligible").with(csrf()).with(user(ilze))
                        .param("application", round.values().stream()
                                .map(application -> application.applicationId().toString()).toArray(String[]::new)))
                .andExpect(redirectedUrl("/agency/applications"))
                .andExpect(flash().attribute("bulk", new FormalChecks.BulkConfirmation(37, 3)));
        for (var problem : formalProblems.entrySet()) {
            mvc.perform(post("/agency/applications/{id}/formal-check", problem.getValue()).with(csrf())
                            .with(user(ilze)).param("outcome", "INELIGIBLE")
                            .param("reason", reasonFor(problem.getKey()))
                            .param("ruleIds", FORMAL_PROBLEMS.get(problem.getKey()).toArray(String[]::new)))
                    .andExpect(redirectedUrl("/agency/applications/" + problem.getValue()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> assessable.eligibleOf("LV01").stream()
                .filter(application -> round.containsKey(application.applicationNumber())).count() == 37);

        // Two experts suggested for every eligible application, each action type in turn; none left without.
        for (String actionType : ACTION_TYPES) {
            assignments.suggest(ilze, 2020, 2, actionType);
        }
        List<BackOfficeApplication> eligible = round.values().stream()
                .filter(application -> !formalProblems.containsValue(application.applicationId())).toList();
        for (BackOfficeApplication application : eligible) {
            assertThat(counting(application.applicationId())).as(application.applicationNumber()).hasSize(2)
                    .allSatisfy(assignment -> assertThat(assignment.status()).isEqualTo(AssignmentStatus.OFFERED));
        }

        // Each expert declares no conflict and scores; three pairs lie 30+ points apart.
        Map<String, Integer> positionInActionType = new LinkedHashMap<>();
        for (BackOfficeApplication application : eligible) {
            int position = positionInActionType.merge(application.actionType(), 1, Integer::sum) - 1;
            List<Assignment> two = counting(application.applicationId());
            boolean apart = THIRD_EXPERT.contains(suffix(application.applicationNumber()));
            for (int slot = 0; slot < two.size(); slot++) {
                scoreAs(two.get(slot), apart ? (slot == 0 ? new Scores(26, 17, 17, 26) : new Scores(16, 10, 10, 16))
                        : scores(position, slot));
            }
        }

        // The officer: a third expert where R-AWD-03 asks for one, then every application consolidated.
        int thirdExperts = 0;
        for (BackOfficeApplication application : eligible) {
            AssessmentState state = consolidation.state(ilze, application.applicationId());
            assertThat(state.thirdExpertRequired()).as(application.applicationNumber())
                    .isEqualTo(THIRD_EXPERT.contains(suffix(application.applicationNumber())));
            if (state.thirdExpertRequired()) {
                Assignment third = assignments.suggestThird(ilze, application.applicationId());
                assertThat(third.thirdExpert()).isTrue();
                assertThat(counting(application.applicationId())).extracting(Assignment::expertEmail)
                        .doesNotHaveDuplicates().hasSize(3);
                scoreAs(third, new Scores(24, 16, 16, 24));
                thirdExperts++;
                state = consolidation.state(ilze, application.applicationId());
            }
            assertThat(state.suggestion()).as(application.applicationNumber()).isNotNull();
            consolidation.consolidate(ilze, application.applicationId(), state.suggestion(), null, null);
        }
        assertThat(thirdExperts).isEqualTo(3);

        // Selection: an envelope per action type that funds about half of those passing, two on reserve.
        for (String actionType : ACTION_TYPES) {
            RankingKey key = new RankingKey("LV01", 2020, 2, actionType);
            long inRound = round.values().stream().filter(a -> a.actionType().equals(actionType)).count();
            Ranking ranking = await().atMost(Duration.ofSeconds(60)).until(() -> selection.ranking(key, ilze),
                    found -> found.ranked().size() + found.failing().size() + found.ineligible().size() == inRound
                            && found.ranked().stream().allMatch(row -> row.candidate().assessed()));
            assertThat(ranking.ranked()).as(actionType).hasSizeGreaterThanOrEqualTo(4);
            assertThat(ranking.failing()).as(actionType).isNotEmpty();
            int funded = ranking.ranked().size() / 2;
            BigDecimal envelope = ranking.ranked().get(funded - 1).cumulativeGrant();
            selection.setEnvelope(key, envelope, 2, ilze);
            mvc.perform(post("/agency/selection/decisions").with(csrf()).with(user(ilze)).param("year", "2020")
                            .param("round", "2").param("actionType", actionType))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/agency/selection/letters").with(csrf()).with(user(ilze)).param("year", "2020")
                            .param("round", "2").param("actionType", actionType))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("count", (int) inRound));
            Ranking decided = selection.ranking(key, ilze);
            assertThat(decided.funded()).hasSize(funded);
            assertThat(decided.reserve()).hasSize(2);
        }

        // The inbox at the end: every application decided.
        Map<BackOfficeStatus, Long> counts = new EnumMap<>(BackOfficeStatus.class);
        for (String actionType : ACTION_TYPES) {
            statuses.applications("LV01", 2020, 2, actionType)
                    .forEach(application -> counts.merge(application.status(), 1L, Long::sum));
        }
        assertThat(counts).containsOnlyKeys(BackOfficeStatus.SELECTED, BackOfficeStatus.RESERVE,
                BackOfficeStatus.REJECTED);
        assertThat(counts.get(BackOfficeStatus.RESERVE)).isEqualTo(6);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        for (ApplicationId rejected : formalProblems.values()) {
            assertThat(statuses.of(rejected)).contains(BackOfficeStatus.REJECTED);
        }

        // Exactly one letter e-mail per application, in the application's language (issue 17: Latvian for the Latvian
        // schools, whatever language their coordinator's account uses); formal rejections say why.
        await().atMost(Duration.ofSeconds(120)).until(() -> mailedLetters() == 40);
        Map<String, List<MimeMessage>> letters = Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isLetter(message) && round.containsKey(numberIn(message)))
                .collect(Collectors.groupingBy(DemoRoundJourneyTests::numberIn));
        assertThat(letters).hasSize(40);
        for (BackOfficeApplication application : round.values()) {
            List<MimeMessage> mails = letters.get(application.applicationNumber());
            assertThat(mails).as(application.applicationNumber()).hasSize(1);
            MimeMessage mail = mails.get(0);
            var submission = submitted.latestOf(application.applicationId()).orElseThrow();
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(submission.submitterEmail());
            boolean latvian = submission.submitterLanguage().toLowerCase().startsWith("lv")
                    || submission.document().applicant().map(applicant -> "LV".equals(applicant.country().value()))
                    .orElse(false);
            assertThat(latvian).as("the demo round's applicants are Latvian schools").isTrue();
            assertThat(mail.getSubject()).isEqualTo((latvian ? "Lēmums par jūsu pieteikumu " :
                    "Decision on your application ") + application.applicationNumber());
            String suffix = suffix(application.applicationNumber());
            if (suffix.equals("-000021")) {
                // Issue 17: the demo round's letters in Latvian are PDF/A-2u.
                assertThat(eu.sadarbe.web.PdfConformance.failures(pdfBytes(mail),
                        org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
                assertThat(pdfText(mail)).contains("Lēmuma pamatojums", "Administratīvā procesa likumu");
            }
            if (FORMAL_PROBLEMS.containsKey(suffix)) {
                assertThat(pdfText(mail)).contains(latvian ? "Jūsu pieteikums tika noraidīts formālajā pārbaudē"
                        : "Your application was rejected in the formal check", reasonFor(suffix));
            }
        }

        // The whole story of one application in its audit trail, in order.
        ApplicationId story = round.values().stream()
                .filter(application -> suffix(application.applicationNumber()).equals("-000021"))
                .findFirst().orElseThrow().applicationId();
        List<String> actions = audit.of(story).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsSubsequence("formalCheck", "expertSuggested", "expertSuggested",
                "noConflictDeclared", "scoreSubmitted", "scoreSubmitted", "thirdExpertRequired",
                "thirdExpertAssigned", "noConflictDeclared", "scoreSubmitted", "consolidated", "selection.decided",
                "selection.letterIssued");
        assertThat(audit.of(story)).filteredOn(entry -> entry.action().equals("formalCheck")).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("ELIGIBLE"));
        assertThat(audit.of(formalProblems.get("-000020"))).extracting(AuditEntry::action)
                .containsSubsequence("formalCheck", "selection.decided", "selection.letterIssued")
                .doesNotContain("expertSuggested");

        // The public statistics of the round agree with these decisions (issue #20, item 4).
        var published = StatisticsReconciliation.assertReconciles(jdbc, statistics, statisticsCatchUp, "LV01", 2020,
                2);
        assertThat(published.total().selected()).isPositive();
        assertThat(published.total().ineligible()).isEqualTo(3);
        assertThat(published.cutOffs()).extracting(cutOff -> cutOff.actionType())
                .containsExactlyElementsOf(ACTION_TYPES);
    }

    /**
     * Deterministic scores by the application's position in its action type: two in three pass (86…, 70…), every
     * third fails (44…); the second expert a little lower than the first, and a point more relevance now and then
     * so that the ranking has no ties.
     */
    static Scores scores(int position, int slot) {
        int bonus = position % 4;
        return switch (position % 3) {
            case 0 -> new Scores(25 + bonus - slot, 17, 17, 26 - slot);
            case 1 -> new Scores(21 + bonus - slot, 14, 14, 21 - slot);
            default -> new Scores(13 + bonus - slot, 9, 9, 13);
        };
    }

    private void scoreAs(Assignment assignment, Scores scores) {
        SignedInUser expert = person(assignment.expertEmail());
        assignments.declare(expert, assignment.id(), false, null);
        scoring.saveDraft(expert, assignment.id(), new ScoreSheet(assignment.id(), scores.relevance(),
                scores.design(), scores.team(), scores.impact(), COMMENT, COMMENT, COMMENT, COMMENT, null, "", null,
                null));
        scoring.submit(expert, assignment.id());
    }

    private List<Assignment> counting(ApplicationId id) {
        return assignments.of(id).stream().filter(assignment -> assignment.status().counts()).toList();
    }

    private int mailedLetters() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM selection_decision d JOIN selection_candidate c
                            ON c.application_id = d.application_id
                        WHERE c.national_agency_code = 'LV01' AND c.call_year = 2020 AND c.round_number = 2
                            AND d.letter_mailed_at IS NOT NULL""")
                .query(Integer.class).single();
    }

    private SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "en", true, null);
    }

    private static String reasonFor(String suffix) {
        return suffix.equals("-000020") ? "Partneris E10000202 reģistrēts Lietuvā, nevis Igaunijā."
                : "Partnerorganizācija nav reģistrēta organizāciju reģistrā.";
    }

    private static String suffix(String applicationNumber) {
        return applicationNumber.substring(applicationNumber.lastIndexOf('-'));
    }

    private static boolean isLetter(MimeMessage message) {
        String subject = subjectOf(message);
        return subject.startsWith("Decision on your application ") || subject.startsWith("Lēmums par jūsu pieteikumu ");
    }

    private static String numberIn(MimeMessage message) {
        String subject = subjectOf(message);
        return subject.substring(subject.lastIndexOf(' ') + 1);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    private static byte[] pdfBytes(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached");
    }

    private static String pdfText(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
            }
        }
        throw new AssertionError("No PDF attached");
    }
}
