package eu.sadarbe.eligibility.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleFigure;

/** R-ELIG-10: the short form names its organisations by OID or PIC as the call year's figure says, not by a literal. */
@DisplayName("R-ELIG-10")
class CheckFormDocumentTests {

    @Test
    void namesOrganisationsByPicOrOidAsTheCallYearsFigureSays() {
        for (int callYear = 2014; callYear <= 2020; callYear++) {
            boolean byOid = MigrationRuleParameters.forCall(callYear, "KA202")
                    .whole(RuleFigure.OID_IDENTIFIES_ORGANISATIONS) == 1;
            String json = write(String.valueOf(callYear), year -> MigrationRuleParameters.forCall(year, "KA202")
                    .whole(RuleFigure.OID_IDENTIFIES_ORGANISATIONS) == 1);
            assertThat(json).as("call %d", callYear)
                    .contains(byOid ? "\"oid\":\"E10000001\"" : "\"pic\":\"")
                    .doesNotContain(byOid ? "\"pic\"" : "\"oid\"");
        }
        assertThat(write("2019", year -> false)).contains("\"pic\"");
        assertThat(write("2020", year -> true)).contains("\"oid\"");
    }

    @Test
    void asksTheFigureForTheTypedYearAndUsesOidsWhenTheYearIsNoNumber() {
        List<Integer> asked = new ArrayList<>();
        write(" 2017 ", year -> asked.add(year) && false);
        assertThat(asked).containsExactly(2017);

        asked.clear();
        assertThat(write("next year", year -> asked.add(year) && false)).contains("\"oid\"");
        assertThat(write("", year -> asked.add(year) && false)).contains("\"oid\"");
        assertThat(write("99999999999", year -> asked.add(year) && false)).contains("\"oid\"");
        assertThat(asked).isEmpty();
    }

    private static String write(String callYear, java.util.function.IntPredicate identifiesByOid) {
        CheckForm form = new CheckForm();
        form.setCallYear(callYear);
        form.getOrganisations().get(0).setCountry("LV");
        form.getOrganisations().get(0).setRole("APPLICANT");
        form.getOrganisations().get(1).setCountry("EE");
        return CheckFormDocument.written(form, identifiesByOid).json();
    }
}
