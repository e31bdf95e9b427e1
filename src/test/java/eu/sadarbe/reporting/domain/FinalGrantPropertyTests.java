package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * Issue 19's property tests: for random reports and awards, accepted ≤ awarded per category unless a transfer allows
 * it (R-BUD-01) and the total never above the awarded total; removing an activity removes all its amounts in every
 * category (R-RED-02); the R-RED-01 bands hold at 24/25/26/39/40/49/50 whatever the grant.
 */
class FinalGrantPropertyTests {

    static final RuleParameters PARAMETERS = MigrationRuleParameters.forCall(2020, "KA201");
    static final ReductionBands BANDS = ReductionBands.of(PARAMETERS);
    static final Budgeting BUDGETING = new Budgeting();
    static final List<String> ORGANISATIONS = List.of("E10000001", "E10000002", "E10000003");
    static final LocalDate START = LocalDate.of(2020, 9, 1);
    static final LocalDate END = LocalDate.of(2022, 8, 31);
    static final ApplicationDocument PLANNED = new ApplicationDocument(2020, ActionTypeCode.KA201,
            ProjectType.INNOVATION, "Reading together", START, 24, List.of(), List.of(
            organisation("E10000001", "LV", OrganisationRole.APPLICANT),
            organisation("E10000002", "EE", OrganisationRole.PARTNER),
            organisation("E10000003", "PT", OrganisationRole.PARTNER)),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    static Organisation organisation(String oid, String country, OrganisationRole role) {
        return new Organisation(oid, null, "School " + oid, CountryCode.of(country), null, OrganisationType.SCHOOL,
                role, null, null);
    }

    @Property(tries = 500)
    void acceptedNeverExceedsAwardedUnlessATransferAllowsItAndTheTotalNeverExceedsTheAwardedTotal(
            @ForAll("amounts") Map<BudgetCategory, BigDecimal> awarded,
            @ForAll("amounts") Map<BudgetCategory, BigDecimal> eligible,
            @ForAll @IntRange(min = 0, max = 50) int limitPercent, @ForAll @IntRange(min = 0, max = 100) int score) {
        BigDecimal limit = BigDecimal.valueOf(limitPercent, 2);
        FinalGrant grant = FinalGrant.compute(awarded, eligible, eligible, limit, BANDS.reductionFor(score));
        BigDecimal transferable = BigDecimal.ZERO;
        BigDecimal transferred = BigDecimal.ZERO;
        for (BudgetCategory category : BudgetCategory.values()) {
            CategoryFigures figures = grant.category(category);
            assertThat(figures.accepted()).isNotNegative().isLessThanOrEqualTo(figures.eligible());
            assertThat(figures.accepted()).as("R-BUD-01: %s", category)
                    .isLessThanOrEqualTo(figures.awarded().add(figures.transferredIn()));
            if (figures.awarded().signum() == 0) {
                assertThat(figures.accepted()).as("nothing into a category with nothing awarded").isZero();
            }
            BigDecimal underspent = figures.awarded().subtract(figures.eligible().min(figures.awarded()));
            transferable = transferable.add(underspent.min(figures.awarded().multiply(limit)));
            transferred = transferred.add(figures.transferredIn());
        }
        assertThat(transferred).isLessThanOrEqualTo(transferable);
        assertThat(grant.acceptedTotal()).isLessThanOrEqualTo(grant.awardedTotal());
        assertThat(grant.finalGrant()).isNotNegative().isLessThanOrEqualTo(grant.acceptedTotal());
        assertThat(grant.finalGrant().add(grant.reductionAmount())).isEqualByComparingTo(grant.acceptedTotal());
    }

    @Property(tries = 300)
    void removingAnActivityRemovesAllItsAmountsInEveryCategory(@ForAll("reports") ReportContent content,
                                                               @ForAll("picks") int pick) {
        List<String> activities = activityIds(content);
        if (activities.isEmpty()) {
            return;
        }
        String removed = activities.get(pick % activities.size());
        Map<BudgetCategory, BigDecimal> marked = amounts(content.asDocument(PLANNED, START, END, Set.of(removed)));
        Map<BudgetCategory, BigDecimal> without = amounts(withoutActivity(content, removed)
                .asDocument(PLANNED, START, END, Set.of()));
        Map<BudgetCategory, BigDecimal> all = amounts(content.asDocument(PLANNED, START, END, Set.of()));
        for (BudgetCategory category : BudgetCategory.values()) {
            assertThat(marked.get(category)).as("%s without %s", category, removed)
                    .isEqualByComparingTo(without.get(category))
                    .isLessThanOrEqualTo(all.get(category));
        }
    }

    @Property(tries = 200)
    void theReductionBandsHoldAtTheirEdgesWhateverTheGrant(@ForAll("amounts") Map<BudgetCategory, BigDecimal> awarded) {
        Map<Integer, String> expected = Map.of(24, "0.75", 25, "0.5", 26, "0.5", 39, "0.5", 40, "0.25", 49, "0.25",
                50, "0");
        expected.forEach((score, share) -> {
            FinalGrant grant = FinalGrant.compute(awarded, awarded, awarded, BigDecimal.ZERO, BANDS.reductionFor(score));
            assertThat(grant.reduction().share()).as("score %d", score).isEqualByComparingTo(share);
            assertThat(grant.reductionAmount()).isEqualByComparingTo(grant.acceptedTotal()
                    .multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP));
        });
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Map<BudgetCategory, BigDecimal>> amounts() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO.setScale(2)),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60000")).ofScale(2));
        return amount.list().ofSize(BudgetCategory.values().length).map(values -> {
            Map<BudgetCategory, BigDecimal> map = new EnumMap<>(BudgetCategory.class);
            for (BudgetCategory category : BudgetCategory.values()) {
                map.put(category, values.get(category.ordinal()));
            }
            return map;
        });
    }

    @Provide
    Arbitrary<ReportContent> reports() {
        Arbitrary<String> organisation = Arbitraries.of(ORGANISATIONS);
        Arbitrary<ReportedMeeting> meeting = Combinators.combine(organisation,
                        Combinators.combine(organisation, Arbitraries.integers().between(1, 4),
                                Arbitraries.integers().between(0, 4000)).as(MeetingTraveller::new).list().ofMaxSize(3))
                .as((host, travellers) -> new ReportedMeeting("", host, START.plusMonths(2), travellers));
        Arbitrary<ReportedOutput> output = Combinators.combine(organisation,
                        Combinators.combine(organisation, Arbitraries.of(StaffCategory.class),
                                Arbitraries.integers().between(1, 60)).as(OutputStaff::new).list().ofMaxSize(3))
                .as((lead, staff) -> new ReportedOutput("", "Output", lead, staff));
        Arbitrary<Participant> participant = Combinators.combine(organisation, Arbitraries.of(ParticipantKind.class),
                        Arbitraries.integers().between(1, 60), Arbitraries.integers().between(0, 5000),
                        Arbitraries.of(true, false))
                .as((from, kind, days, km, needs) -> new Participant("", "Person", from, "LV", kind, START,
                        START.plusDays(days - 1L), days, null, km, needs));
        Arbitrary<ReportedLearningActivity> activity = Combinators.combine(Arbitraries.of(ActivityType.class),
                        organisation, participant.list().ofMinSize(1).ofMaxSize(5))
                .as((type, host, people) -> new ReportedLearningActivity("", type, host, null, START,
                        START.plusDays(10), people));
        return Combinators.combine(meeting.list().ofMaxSize(3), output.list().ofMaxSize(2),
                        activity.list().ofMaxSize(3), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 10_000))
                .as(FinalGrantPropertyTests::numbered);
    }

    /** Gives every line its id and links events, special needs and costs to lines that exist. */
    static ReportContent numbered(List<ReportedMeeting> meetings, List<ReportedOutput> outputs,
                                  List<ReportedLearningActivity> activities, int events, int costs, int seed) {
        List<ReportedMeeting> m = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            ReportedMeeting meeting = meetings.get(i);
            m.add(new ReportedMeeting("m" + i, meeting.host(), meeting.date(), meeting.travellers()));
        }
        List<ReportedOutput> o = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            o.add(new ReportedOutput("o" + i, outputs.get(i).title(), outputs.get(i).lead(), outputs.get(i).staff()));
        }
        List<ReportedMultiplierEvent> e = new ArrayList<>();
        for (int i = 0; i < events && !o.isEmpty(); i++) {
            e.add(new ReportedMultiplierEvent("e" + i, ORGANISATIONS.get(i % 3), START.plusMonths(20),
                    List.of(o.get((seed + i) % o.size()).id()), 10 + i, i));
        }
        List<ReportedLearningActivity> a = new ArrayList<>();
        List<String[]> links = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ReportedLearningActivity activity = activities.get(i);
            List<Participant> people = new ArrayList<>();
            for (int j = 0; j < activity.participants().size(); j++) {
                Participant p = activity.participants().get(j);
                String id = "a" + i + "p" + j;
                people.add(new Participant(id, p.name(), p.organisation(), p.countryOfOrigin(), p.kind(), p.start(),
                        p.end(), p.days(), null, p.distanceKm(), p.specialNeeds()));
                links.add(new String[] {"a" + i, id, p.organisation()});
            }
            a.add(new ReportedLearningActivity("a" + i, activity.activityType(), activity.host(), null,
                    activity.start(), activity.end(), people));
        }
        List<ReportedSpecialNeeds> needs = new ArrayList<>();
        List<ReportedExceptionalCost> exceptional = new ArrayList<>();
        for (int i = 0; i < costs && !links.isEmpty(); i++) {
            String[] link = links.get((seed + i) % links.size());
            needs.add(new ReportedSpecialNeeds("s" + i, link[2], link[0], link[1], BigDecimal.valueOf(100L + i * 37L),
                    null));
            exceptional.add(new ReportedExceptionalCost("x" + i, link[2], link[0], "Visa",
                    BigDecimal.valueOf(50L + i * 11L), null));
        }
        exceptional.add(new ReportedExceptionalCost("x-free", ORGANISATIONS.get(0), null, "Bank fees",
                new BigDecimal("80"), null));
        return new ReportContent(Narrative.EMPTY, ResultsSummary.empty("en"), m, o, e, a, needs, exceptional);
    }

    static List<String> activityIds(ReportContent content) {
        List<String> ids = new ArrayList<>();
        content.meetings().forEach(meeting -> ids.add(meeting.id()));
        content.outputs().forEach(output -> ids.add(output.id()));
        content.multiplierEvents().forEach(event -> ids.add(event.id()));
        content.learningActivities().forEach(activity -> ids.add(activity.id()));
        return ids;
    }

    /** The report as if the activity had never been reported: it, its participants and what is linked to them. */
    static ReportContent withoutActivity(ReportContent content, String id) {
        Set<String> gone = new HashSet<>(Set.of(id));
        content.learningActivities().stream().filter(activity -> activity.id().equals(id))
                .forEach(activity -> activity.participants().forEach(p -> gone.add(p.id())));
        List<ReportedOutput> outputs = content.outputs().stream().filter(o -> !gone.contains(o.id())).toList();
        List<ReportedMultiplierEvent> events = content.multiplierEvents().stream()
                .filter(event -> !gone.contains(event.id()))
                .filter(event -> event.outputs().stream().anyMatch(o -> outputs.stream().anyMatch(k -> k.id().equals(o))))
                .toList();
        return new ReportContent(content.narrative(), content.summary(),
                content.meetings().stream().filter(m -> !gone.contains(m.id())).toList(), outputs, events,
                content.learningActivities().stream().filter(a -> !gone.contains(a.id())).toList(),
                content.specialNeeds().stream().filter(n -> !gone.contains(n.activity()) && !gone.contains(n.participant()))
                        .toList(),
                content.exceptionalCosts().stream().filter(c -> c.activity() == null || !gone.contains(c.activity()))
                        .toList());
    }

    static Map<BudgetCategory, BigDecimal> amounts(ApplicationDocument document) {
        return FinalGrantCalculator.amounts(document, project(), BUDGETING, PARAMETERS);
    }

    static ReportedProject project() {
        return new ReportedProject(new GrantAgreementId(java.util.UUID.randomUUID()), "2020-1-LV01-KA201-000001", 1,
                new ApplicationId(java.util.UUID.randomUUID()), "2020-1-LV01-KA201-000001", "LV01", "KA201", 2020, 1,
                "Reading together", "lv", PaymentScheme.ONE_PREFINANCING, "E10000001", "Rīgas skola", START, END,
                Map.of(BudgetCategory.PROJECT_MANAGEMENT, new BigDecimal("24000.00")));
    }
}
