package eu.sadarbe.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportedExceptionalCost;
import eu.sadarbe.reporting.domain.ReportedMeeting;

/** What the line forms read from what people type, and every problem named with its field. */
class ReportFormsTests {

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            form.add(pairs[index], pairs[index + 1]);
        }
        return form;
    }

    @Test
    void datesAreIsoOrDottedAndAmountsTakeACommaOrAPoint() {
        ReportedExceptionalCost cost = new ReportForms(form("organisation", "e10000012", "description", "Visa",
                "amount", "1 250,50")).cost("X-1");
        assertThat(cost).isNotNull();
        assertThat(cost.organisation()).isEqualTo("E10000012");
        assertThat(cost.eligibleCost()).isEqualByComparingTo(new BigDecimal("1250.50"));

        ReportForms meeting = new ReportForms(form("host", "E10000001", "date", "15.03.2021", "rows", "2",
                "t0.from", "E10000012", "t0.participants", "2", "t0.distanceKm", ""));
        ReportedMeeting read = meeting.meeting("M-1");
        assertThat(read).isNotNull();
        assertThat(read.date()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(read.travellers().get(0).distanceKm()).as("left to the calculator").isEqualTo(-1);
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsRead() {
        ReportForms forms = new ReportForms(form("host", "E1", "date", "31.02.2021", "rows", "99",
                "t0.from", "E10000012", "t0.participants", "0", "t0.distanceKm", "-5"));
        assertThat(forms.meeting("M-1")).isNull();
        assertThat(forms.problems()).extracting(ReportForms.Problem::field)
                .containsExactly("host", "date", "t0.participants", "t0.distanceKm");
        assertThat(new ReportForms(form("organisation", "E10000012", "description", "", "amount", "12.345"))
                .cost("X-1")).isNull();
    }

    @Test
    void aParticipantWithoutKilometresTakesTheCalculatorsOrIsAskedForThem() {
        MultiValueMap<String, String> typed = form("name", "Līga Ozola", "organisation", "E10000012",
                "country", "ee", "kind", "STAFF", "start", "2021-05-10", "end", "2021-05-14", "days", "5",
                "fromPlace", "Tartu, EE");
        Participant measured = new ReportForms(typed).participant("P-1", from -> 280);
        assertThat(measured).isNotNull();
        assertThat(measured.distanceKm()).isEqualTo(280);
        assertThat(measured.countryOfOrigin()).isEqualTo("EE");
        assertThat(measured.kind()).isEqualTo(ParticipantKind.STAFF);

        ReportForms unknown = new ReportForms(typed);
        assertThat(unknown.participant("P-1", from -> null)).isNull();
        assertThat(unknown.problems()).extracting(ReportForms.Problem::messageKey)
                .containsExactly("reporting.form.distanceUnknown");
    }
}
