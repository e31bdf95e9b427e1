package eu.sadarbe.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;

/**
 * A demo draft: Anna Bērziņa's Latvian VET school coordinates a KA202 partnership in the open demo round, with
 * Pēteris Kalniņš (Tallinn and Köln partners) invited to edit. Runs when the demo rounds and organisations exist.
 */
@Component
@Profile("demo")
class DemoDrafts {

    static final String TITLE = "Zaļās prasmes mācekļiem (demo)";

    private final DraftDesk drafting;
    private final ApplicationRegister register;
    private final AccountRegister accounts;

    DemoDrafts(DraftDesk drafting, ApplicationRegister register, AccountRegister accounts) {
        this.drafting = drafting;
        this.register = register;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        var anna = accounts.byEmail(DemoAccounts.ANNA).map(AccountSummary::id);
        var peteris = accounts.byEmail(DemoAccounts.PETERIS);
        if (anna.isEmpty() || peteris.isEmpty()
                || register.actingFor(anna.get()).stream().map(ApplicationSummary::title).anyMatch(TITLE::equals)) {
            return;
        }
        ApplicationSummary draft = drafting.start(anna.get(), DOCUMENT, null);
        drafting.invite(anna.get(), draft.id(), DemoAccounts.PETERIS, Access.EDIT);
    }

    private static final DemoCast.Org RIGA = DemoCast.RIGA_STATE_TECHNICAL_SCHOOL;
    private static final DemoCast.Org TALLINN = DemoCast.TALLINN_INDUSTRIAL_EDUCATION_CENTRE;
    private static final DemoCast.Org KOLN = DemoCast.BERUFSKOLLEG_NORD;

    private static final String DOCUMENT = """
            {"callYear": 2020, "actionType": "KA202", "projectType": "INNOVATION", "title": "%s",
             "startDate": "2020-09-01", "durationMonths": 24, "priorities": ["HZ-ENVIRONMENT-CLIMATE"],
             "organisations": [
               {"oid": "%s", "legalName": "%s", "country": "%s", "city": "%s",
                "organisationType": "VET_PROVIDER", "role": "APPLICANT"},
               {"oid": "%s", "legalName": "%s", "country": "%s", "city": "%s",
                "organisationType": "VET_PROVIDER", "role": "PARTNER"},
               {"oid": "%s", "legalName": "%s", "country": "%s", "city": "%s",
                "organisationType": "VET_PROVIDER", "role": "PARTNER"}],
             "transnationalMeetings": [{"id": "M1", "host": "%s",
                "travellers": [{"from": "%s", "participants": 2, "distanceKm": 280},
                               {"from": "%s", "participants": 2, "distanceKm": 1250}]}],
             "intellectualOutputs": [{"id": "O1", "title": "Atvērts kurss par zaļo metināšanu", "lead": "%s",
                "staff": [{"organisation": "%s", "category": "TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER", "days": 40}]}],
             "description": {
               "needs": "Darba devēji Latvijā, Igaunijā un Vācijā meklē mācekļus ar zaļajām prasmēm.",
               "objectives": "Izstrādāt atvērtu kursu par zaļo metināšanu un to izmēģināt trīs skolās."}}
            """.formatted(TITLE, RIGA.oid(), RIGA.name(), RIGA.country(), RIGA.city(), TALLINN.oid(), TALLINN.name(),
            TALLINN.country(), TALLINN.city(), KOLN.oid(), KOLN.name(), KOLN.country(), KOLN.city(), RIGA.oid(),
            TALLINN.oid(), KOLN.oid(), RIGA.oid(), RIGA.oid());
}
