package eu.sadarbe.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationChanged;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationStatus;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.applications.DraftChanged;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.DraftStarted;
import eu.sadarbe.applications.DraftWithdrawn;
import eu.sadarbe.applications.LineNotFound;
import eu.sadarbe.applications.PartnerAlreadyListed;
import eu.sadarbe.applications.PartnerInvited;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionEdit;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.CallRoundId;

/**
 * The draft guards what must hold whatever the screen: section versions, the signatory, withdrawal, lines that
 * exist, a partner listed once; its verbs change only the section they concern and register past-tense events.
 */
class ApplicationDraftTests {

    static final Instant AT = Instant.parse("2020-02-10T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    static final ApplicationDraft.Author ANNA = new ApplicationDraft.Author(
            new Editor(new AccountId(UUID.randomUUID()), "Anna Bērziņa"), true);
    static final ApplicationDraft.Author PARTNER = new ApplicationDraft.Author(
            new Editor(new AccountId(UUID.randomUUID()), "Pēteris Kalniņš"), false);
    /** Every document fits; the title is the context's. */
    static final ApplicationDraft.DocumentRules FITS = (json, tree, head) -> document(tree.path("title").asString(""));

    static ApplicationDocument document(String title) {
        return new ApplicationDocument(2020, ActionTypeCode.KA202, ProjectType.INNOVATION, title, null, 24,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A started draft as it is loaded again: its events taken, its writes saved. */
    static ApplicationDraft started() {
        Map<DraftSection, ObjectNode> sections = DocumentJson.split(DocumentJson.object("""
                {"callYear": 2020, "actionType": "KA202", "title": "Green skills",
                 "organisations": [{"oid": "E10000001", "legalName": "Rīgas Tehnikums", "country": "LV",
                                    "role": "APPLICANT"}],
                 "transnationalMeetings": [{"host": "E10000001", "participants": 2}]}"""));
        ApplicationDraft draft = ApplicationDraft.start(new ApplicationId(UUID.randomUUID()),
                new CallRoundId(UUID.randomUUID()), document("Green skills"), "E10000001", "LV", sections, ANNA,
                AT.minusSeconds(3600));
        ApplicationDraft loaded = new ApplicationDraft(draft.head(), draft.sections(), false);
        return loaded;
    }

    @Test
    void startingWritesEverySectionAtVersionOneWithEmptyAnnexesAndRegistersDraftStarted() {
        Map<DraftSection, ObjectNode> sections = DocumentJson.split(DocumentJson.object("""
                {"callYear": 2020, "title": "Green skills", "annexes": [{"fileName": "elsewhere.pdf"}]}"""));
        ApplicationDraft draft = ApplicationDraft.start(new ApplicationId(UUID.randomUUID()),
                new CallRoundId(UUID.randomUUID()), document("Green skills"), "E10000001", "LV", sections, ANNA, AT);

        assertThat(draft.written()).hasSize(DraftSection.values().length);
        assertThat(draft.content(DraftSection.ANNEXES)).isEmpty();
        assertThat(draft.summary().version()).isEqualTo(1);
        assertThat(draft.takeEvents()).singleElement().isInstanceOf(DraftStarted.class);
    }

    @Test
    void aTextIsChangedOnTheVersionTheEditorStartedFromAndMovesTheDraftOn() {
        ApplicationDraft draft = started();

        draft.edit(DraftSection.NEEDS, new SectionEdit.Text("Teachers need\r\ngreen skills"), 1, ANNA, FITS, CLOCK);

        assertThat(draft.content(DraftSection.NEEDS).path("needs").asString()).isEqualTo("Teachers need\ngreen skills");
        assertThat(draft.summary().version()).isEqualTo(2);
        assertThat(draft.sections().get(DraftSection.NEEDS).version()).isEqualTo(2);
        assertThat(draft.takeEvents()).singleElement().isEqualTo(
                new DraftChanged(draft.id(), 2, java.util.Set.of(DraftSection.NEEDS), AT));
    }

    @Test
    void aStaleSaveConflictsUnlessItSavesWhatIsThereAlready() {
        ApplicationDraft draft = started();
        draft.edit(DraftSection.NEEDS, new SectionEdit.Text("First"), 1, ANNA, FITS, CLOCK);

        assertThatThrownBy(() -> draft.edit(DraftSection.NEEDS, new SectionEdit.Text("Second"), 1, PARTNER, FITS,
                CLOCK)).isInstanceOf(SectionConflict.class);
        draft.edit(DraftSection.NEEDS, new SectionEdit.Text("First"), 1, PARTNER, FITS, CLOCK);
        assertThat(draft.summary().version()).isEqualTo(2);
    }

    @Test
    void savingTheSameContentAgainChangesNothing() {
        ApplicationDraft draft = started();
        draft.takeEvents();

        draft.edit(DraftSection.CONTEXT, new SectionEdit.Context("KA202", null, "Green skills", null, null), 1, ANNA,
                FITS, CLOCK);
        draft.edit(DraftSection.CONTEXT, new SectionEdit.Context("KA202", null, "Green skills", null, null), 2, ANNA,
                FITS, CLOCK);

        assertThat(draft.summary().version()).isEqualTo(2);
        assertThat(draft.takeEvents()).hasSize(1);
    }

    @Test
    void theContextKeepsATypedDurationThatIsNoNumberForTheDocumentsCheckToName() {
        ApplicationDraft draft = started();

        ObjectNode context = draft.proposed(DraftSection.CONTEXT,
                new SectionEdit.Context("KA202", "INNOVATION", "  New title ", "2020-09-01", "two years"));

        assertThat(context.path("title").asString()).isEqualTo("New title");
        assertThat(context.path("durationMonths").asString()).isEqualTo("two years");
        assertThat(context.path("callYear").asInt()).isEqualTo(2020);
    }

    @Test
    void aPartnerIsAddedOnceAndTheApplicantIsNeverRemoved() {
        ApplicationDraft draft = started();
        SectionEdit.Partner tallinn = new SectionEdit.Partner("E10000002", "Tallinn VET", "EE", "Tallinn", "SCHOOL",
                null);

        draft.edit(DraftSection.ORGANISATIONS, new SectionEdit.Partners(Map.of(), List.of(), tallinn), 1, ANNA, FITS,
                CLOCK);
        assertThat(draft.content(DraftSection.ORGANISATIONS).path("organisations")).hasSize(2);

        assertThatThrownBy(() -> draft.edit(DraftSection.ORGANISATIONS,
                new SectionEdit.Partners(Map.of(), List.of(), tallinn), 2, ANNA, FITS, CLOCK))
                .isInstanceOf(PartnerAlreadyListed.class);
        draft.edit(DraftSection.ORGANISATIONS, new SectionEdit.Partners(Map.of("E10000001", "We lead"),
                List.of("E10000001", "E10000002"), null), 2, ANNA, FITS, CLOCK);
        ObjectNode organisations = draft.content(DraftSection.ORGANISATIONS);
        assertThat(organisations.path("organisations")).hasSize(1);
        assertThat(organisations.path("organisations").get(0).path("addedValue").asString()).isEqualTo("We lead");
    }

    @Test
    void linesAreAddedChangedAndRemovedByTheirPositionAndAMissingOneIsSaidToBeSo() {
        ApplicationDraft draft = started();
        ObjectNode second = DocumentJson.object("{\"host\": \"E10000001\", \"participants\": 4}");

        draft.addLine(DraftSection.MEETINGS, "transnationalMeetings", second, 1, ANNA, FITS, CLOCK);
        draft.changeLine(DraftSection.MEETINGS, "transnationalMeetings", 0,
                DocumentJson.object("{\"host\": \"E10000001\", \"participants\": 3}"), 2, ANNA, FITS, CLOCK);
        draft.removeLine(DraftSection.MEETINGS, "transnationalMeetings", 1, 3, ANNA, FITS, CLOCK);

        assertThat(draft.content(DraftSection.MEETINGS).path("transnationalMeetings")).singleElement()
                .satisfies(line -> assertThat(line.path("participants").asInt()).isEqualTo(3));
        assertThatThrownBy(() -> draft.removeLine(DraftSection.MEETINGS, "transnationalMeetings", 1, 4, ANNA, FITS,
                CLOCK)).isInstanceOf(LineNotFound.class);
        assertThatThrownBy(() -> draft.addLine(DraftSection.MEETINGS, "exceptionalCosts", second, 4, ANNA, FITS,
                CLOCK)).isInstanceOf(LineNotFound.class);
    }

    @Test
    void onlyAPersonActingForTheApplicantSignsTheDeclarationWhichCoversTheDocumentAsItIs() {
        ApplicationDraft draft = started();

        assertThatThrownBy(() -> draft.edit(DraftSection.DECLARATION, new SectionEdit.Declaring(true, "Pēteris"), 1,
                PARTNER, FITS, CLOCK)).isInstanceOf(DraftRefused.class)
                .satisfies(refused -> assertThat(((DraftRefused) refused).reason())
                        .isEqualTo(DraftRefused.Reason.NOT_SIGNATORY));
        draft.edit(DraftSection.DECLARATION, new SectionEdit.Declaring(true, " Anna Bērziņa "), 1, ANNA, FITS, CLOCK);

        ObjectNode declaration = (ObjectNode) draft.content(DraftSection.DECLARATION).path("declaration");
        assertThat(declaration.path("signedBy").asString()).isEqualTo("Anna Bērziņa");
        assertThat(declaration.path("signedByAccount").asString()).isEqualTo(ANNA.editor().account().value().toString());
        Map<DraftSection, ObjectNode> sections = new EnumMap<>(DraftSection.class);
        draft.sections().forEach((section, state) -> sections.put(section, DocumentJson.object(state.content())));
        assertThat(declaration.path("documentDigest").asString())
                .isEqualTo(DocumentJson.digestWithoutDeclaration(sections));
    }

    @Test
    void annexesChangeOnlyByUpload() {
        ApplicationDraft draft = started();

        assertThatThrownBy(() -> draft.edit(DraftSection.ANNEXES,
                new SectionEdit.Content(DocumentJson.object("{\"annexes\": []}")), 1, ANNA, FITS, CLOCK))
                .isInstanceOf(DraftRefused.class);
        draft.referenceAnnexes(DocumentJson.object("{\"annexes\": [{\"fileName\": \"mandate.pdf\"}]}"), PARTNER, CLOCK);
        assertThat(draft.content(DraftSection.ANNEXES).path("annexes")).hasSize(1);
    }

    @Test
    void aWithdrawnDraftIsChangedAndWithdrawnNoMoreAndAReasonTooLongIsRefused() {
        ApplicationDraft draft = started();
        assertThatThrownBy(() -> draft.withdraw("x".repeat(ApplicationDraft.WITHDRAWAL_REASON_LIMIT + 1), ANNA, CLOCK))
                .isInstanceOf(DraftRefused.class);

        draft.withdraw("  The partner left  ", ANNA, CLOCK);

        assertThat(draft.summary().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(draft.head().withdrawalReason()).isEqualTo("The partner left");
        assertThat(draft.takeEvents()).containsExactly(new DraftWithdrawn(draft.id(), "The partner left", AT));
        assertThatThrownBy(() -> draft.edit(DraftSection.NEEDS, new SectionEdit.Text("More"), 1, ANNA, FITS, CLOCK))
                .isInstanceOf(ApplicationWithdrawn.class);
        assertThatThrownBy(() -> draft.withdraw("Again", ANNA, CLOCK)).isInstanceOf(ApplicationWithdrawn.class);
        assertThatThrownBy(() -> draft.submit(2)).isInstanceOf(ApplicationWithdrawn.class);
    }

    @Test
    void submissionFreezesOnlyTheVersionItWasAskedFor() {
        ApplicationDraft draft = started();

        assertThatThrownBy(() -> draft.submit(7)).isInstanceOf(ApplicationChanged.class);
        draft.submit(1);

        assertThat(draft.summary().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(draft.summary().version()).isEqualTo(1);
    }

    @Test
    void aReplacementNeedsTheCurrentVersionAndKeepsTheAnnexesAsUploaded() {
        ApplicationDraft draft = started();
        draft.referenceAnnexes(DocumentJson.object("{\"annexes\": [{\"fileName\": \"mandate.pdf\"}]}"), ANNA, CLOCK);

        assertThatThrownBy(() -> draft.replace("{\"title\": \"Other\"}", 1, ANNA, FITS, CLOCK))
                .isInstanceOf(ApplicationChanged.class);
        draft.replace("{\"callYear\": 2020, \"title\": \"Other\", \"annexes\": []}", 2, ANNA, FITS, CLOCK);

        assertThat(draft.summary().title()).isEqualTo("Other");
        assertThat(draft.content(DraftSection.ANNEXES).path("annexes")).hasSize(1);
        assertThat(draft.content(DraftSection.MEETINGS)).isEmpty();
    }

    @Test
    void anInvitationIsNotedInTheHistoryAndRegistered() {
        ApplicationDraft draft = started();

        draft.invite("peteris@example.lv", Access.EDIT, null, ANNA, CLOCK);

        assertThat(draft.invitations()).containsEntry("peteris@example.lv", Access.EDIT);
        assertThat(draft.historyToRecord()).singleElement()
                .satisfies(entry -> assertThat(entry.after()).isEqualTo("peteris@example.lv EDIT"));
        assertThat(draft.takeEvents()).containsExactly(
                new PartnerInvited(draft.id(), "peteris@example.lv", Access.EDIT, AT));
    }

    @Test
    void onlyAnInvitationStillWaitingIsRevoked() {
        ApplicationDraft draft = new ApplicationDraft(started().head(), started().sections(),
                Map.of("peteris@example.lv", Access.VIEW), false);

        assertThat(draft.revokeInvitation("nobody@example.lv", ANNA, CLOCK)).isFalse();
        assertThat(draft.memberChanges()).isEmpty();
        assertThat(draft.revokeInvitation("peteris@example.lv", ANNA, CLOCK)).isTrue();

        assertThat(draft.invitations()).isEmpty();
        assertThat(draft.memberChanges()).singleElement()
                .satisfies(change -> assertThat(change.access()).isNull());
        assertThat(draft.historyToRecord()).singleElement()
                .satisfies(entry -> assertThat(entry.before()).isEqualTo("peteris@example.lv"));
    }
}
