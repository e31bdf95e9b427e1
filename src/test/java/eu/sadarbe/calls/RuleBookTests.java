package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.shared.CountryCode;

@ModuleTest
class RuleBookTests {

    @Autowired
    RuleBook rules;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolAndYouthPartnershipsNeedTwoOrganisationsOthersThree() {
        assertThat(rules.parametersFor(2020, "KA201").whole(RuleFigure.MINIMUM_ORGANISATIONS)).isEqualTo(2);
        assertThat(rules.parametersFor(2020, "KA205").whole(RuleFigure.MINIMUM_PROGRAMME_COUNTRIES)).isEqualTo(2);
        assertThat(rules.parametersFor(2020, "KA202").whole(RuleFigure.MINIMUM_ORGANISATIONS)).isEqualTo(3);
        assertThat(rules.parametersFor(2020, "KA229").whole(RuleFigure.MAXIMUM_ORGANISATIONS)).isEqualTo(6);
        assertThat(rules.parametersFor(2020, "KA202").optionalFigure(RuleFigure.MAXIMUM_ORGANISATIONS)).isEmpty();
    }

    @Test
    void knowsEachCountrysAgencyForEachActionTypeAsTheReferenceDataDoes() {
        assertThat(rules.agencyFor(CountryCode.of("LV"), "KA202", 2020)).map(NationalAgency::code).contains("LV01");
        assertThat(rules.agencyFor(CountryCode.of("LV"), "KA205", 2020)).map(NationalAgency::code).contains("LV02");
        for (int year : new int[] {2014, 2020}) {
            for (Country country : reference.countries(year)) {
                for (ActionType type : reference.actionTypes(null)) {
                    assertThat(rules.agencyFor(country.code(), type.code(), year))
                            .as("R-ELIG-09 %s %s %d", country.code(), type.code(), year)
                            .isEqualTo(reference.agencyFor(country.code(), type.code(), year));
                }
            }
        }
    }

    /** Issue 21: the receipt e-mail names the agency from this node's copy, the same as the reference data. */
    @Test
    void knowsEveryAgencyByItsCodeAsTheReferenceDataDoes() {
        for (NationalAgency agency : reference.nationalAgencies(null, null)) {
            assertThat(rules.agency(agency.code())).as(agency.code()).contains(agency);
        }
        assertThat(rules.agency("ZZ99")).isEmpty();
    }

    @Test
    void durationsFollowTheActionType() {
        assertThat(rules.parametersFor(2020, "KA203").whole(RuleFigure.MINIMUM_DURATION_MONTHS)).isEqualTo(24);
        assertThat(rules.parametersFor(2020, "KA205").whole(RuleFigure.MINIMUM_DURATION_MONTHS)).isEqualTo(6);
        assertThat(rules.parametersFor(2020, "KA229").whole(RuleFigure.MAXIMUM_DURATION_MONTHS)).isEqualTo(24);
        assertThat(rules.parametersFor(2020, "KA204").whole(RuleFigure.MAXIMUM_DURATION_MONTHS)).isEqualTo(36);
    }

    @Test
    void learningTravelBandsChangedWithThe2018Call() {
        RuleParameters y2020 = rules.parametersFor(2020, "KA201");
        assertThat(y2020.band(DistancePurpose.LEARNING_TRAVEL, 10)).map(DistanceBand::amount).contains(new BigDecimal("20.00"));
        assertThat(y2020.band(DistancePurpose.LEARNING_TRAVEL, 9)).isEmpty();
        assertThat(y2020.band(DistancePurpose.LEARNING_TRAVEL, 8000)).map(DistanceBand::amount).contains(new BigDecimal("1500.00"));
        RuleParameters y2017 = rules.parametersFor(2017, "KA201");
        assertThat(y2017.band(DistancePurpose.LEARNING_TRAVEL, 50)).isEmpty();
        assertThat(y2017.band(DistancePurpose.LEARNING_TRAVEL, 9000)).map(DistanceBand::amount).contains(new BigDecimal("1100.00"));
        assertThat(y2020.band(DistancePurpose.MEETING, 99)).isEmpty();
        assertThat(y2020.band(DistancePurpose.MEETING, 1999)).map(DistanceBand::amount).contains(new BigDecimal("575.00"));
        assertThat(y2020.band(DistancePurpose.MEETING, 2000)).map(DistanceBand::status).contains(FigureStatus.UNCONFIRMED);
    }

    @Test
    void intellectualOutputRatesFollowTheEmployersCountryGroup() {
        RuleParameters parameters = rules.parametersFor(2020, "KA202");
        assertThat(parameters.ioDayRate(CountryCode.of("LV"), StaffCategory.TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER))
                .map(Figure::amount).contains(new BigDecimal("74.00"));
        assertThat(parameters.ioDayRate(CountryCode.of("DE"), StaffCategory.TECHNICIAN))
                .map(Figure::amount).contains(new BigDecimal("162.00"));
        assertThat(parameters.ioDayRate(CountryCode.of("CH"), StaffCategory.MANAGER))
                .map(Figure::amount).contains(new BigDecimal("294.00"));
    }

    @Test
    void refusesCallYearsOutsideTheProgrammeGeneration() {
        assertThatThrownBy(() -> rules.parametersFor(2021, "KA201")).isInstanceOf(UnknownCallYear.class);
    }

    @Test
    void anotherNodePicksUpACorrectionAfterAFewSecondsWithoutAskingPerCheck() {
        var clock = new MovableClock(Instant.parse("2020-03-24T10:00:00Z"));
        RuleBook otherNode = new RuleBook(jdbc, reference, clock);
        assertThat(otherNode.parametersFor(2016, "KA204").whole(RuleFigure.PM_PARTNER_PER_MONTH)).isEqualTo(250);
        try {
            jdbc.sql("UPDATE rule_figure SET amount = 260 WHERE call_year = 2016 AND action_type = '*' AND name = 'PM_PARTNER_PER_MONTH'").update();
            jdbc.sql("UPDATE rule_figure_revision SET revision = revision + 1 WHERE id = 1").update();
            assertThat(otherNode.parametersFor(2016, "KA204").whole(RuleFigure.PM_PARTNER_PER_MONTH)).isEqualTo(250);
            clock.advance(RuleBook.REVISION_CHECK_INTERVAL.plusSeconds(1));
            assertThat(otherNode.parametersFor(2016, "KA204").whole(RuleFigure.PM_PARTNER_PER_MONTH)).isEqualTo(260);
        } finally {
            jdbc.sql("UPDATE rule_figure SET amount = 250 WHERE call_year = 2016 AND action_type = '*' AND name = 'PM_PARTNER_PER_MONTH'").update();
            jdbc.sql("UPDATE rule_figure_revision SET revision = revision + 1 WHERE id = 1").update();
            rules.forget();
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
