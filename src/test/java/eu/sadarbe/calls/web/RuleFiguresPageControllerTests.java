package eu.sadarbe.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.Country;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.Participation;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.calls.domain.RuleFigureCorrections;
import eu.sadarbe.shared.CountryCode;

/**
 * The administrator's rule figures page (R-GEN-01): every figure of a call year and action type with its rule id and
 * status, corrections of a figure, a distance band, a day rate and a country's participation applied at once and kept
 * in the history, the form's messages, the not-found page for an unknown country or band. A slice test: the page's
 * controller with the real rule book, reference data and corrections, on the figures the migrations hold. That it is
 * only for administrators is {@code RuleFiguresPageTests}', through the whole application's security.
 */
@WebSliceTest(RuleFiguresPageController.class)
@Import({RuleBook.class, ReferenceData.class, RuleFigureCorrections.class})
class RuleFiguresPageControllerTests {

    /**
     * An administrator as the request's principal: without the filter chain, that is what the controller records as
     * who made a correction ({@code Authentication}).
     */
    static final RequestPostProcessor ADMIN = request -> {
        Authentication administrator = UsernamePasswordAuthenticationToken.authenticated("admin@demo.sadarbe.eu", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        request.setUserPrincipal(administrator);
        return request;
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleBook rules;

    @Autowired
    RuleFigureCorrections corrections;

    @Autowired
    ReferenceData reference;

    @Test
    void showsEveryFigureOfACallYearWithItsRuleIdAndStatus() throws Exception {
        mvc.perform(get("/admin/rule-figures").param("callYear", "2020").param("actionType", "KA229").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-ELIG-04")))
                .andExpect(content().string(containsString("Maximum number of organisations")))
                .andExpect(content().string(containsString("Unconfirmed")))
                .andExpect(content().string(containsString("Travel to learning activities: 8000+ km")));
    }

    @Test
    void explainsWhatIsMissingAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/rule-figures/2020/KA201/ME_MAXIMUM").with(csrf()).with(ADMIN)
                        .param("amount", "thirty thousand").param("status", "CONFIRMED").param("reason", "Guide"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the amount as a number")))
                .andExpect(content().string(containsString("value=\"thirty thousand\"")));
        mvc.perform(post("/admin/rule-figures/2020/KA201/ME_MAXIMUM").with(csrf()).with(ADMIN)
                        .param("amount", "30000").param("status", "CONFIRMED").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for the correction.")));
        mvc.perform(post("/admin/rule-figures/2020/KA201/ME_MAXIMUM").with(csrf()).with(ADMIN)
                        .header("Accept-Language", "lv")
                        .param("amount", "-5").param("status", "CONFIRMED").param("reason", "x"))
                .andExpect(content().string(containsString("Summa nevar būt negatīva.")));
    }

    @Test
    void correctsAFigureKeepsTheHistoryAndAppliesItAtOnce() throws Exception {
        try {
            mvc.perform(post("/admin/rule-figures/2015/KA204/ME_MAXIMUM").with(csrf()).with(ADMIN)
                            .param("amount", "25000").param("status", "CONFIRMED")
                            .param("reason", "Programme Guide 2015, Part B"))
                    .andExpect(redirectedUrl("/admin/rule-figures?callYear=2015&actionType=KA204"));
            assertThat(rules.parametersFor(2015, "KA204").figure(RuleFigure.ME_MAXIMUM))
                    .isEqualTo(new Figure(new BigDecimal("25000.0000"), FigureStatus.CONFIRMED));
            assertThat(rules.parametersFor(2015, "KA201").amount(RuleFigure.ME_MAXIMUM))
                    .isEqualByComparingTo("30000");
            assertThat(corrections.history(50)).anySatisfy(change -> {
                assertThat(change.figure()).isEqualTo("2015/KA204/ME_MAXIMUM");
                assertThat(change.oldAmount()).isEqualByComparingTo("30000");   // the default in force before
                assertThat(change.changedBy()).isEqualTo("admin@demo.sadarbe.eu");
                assertThat(change.reason()).isEqualTo("Programme Guide 2015, Part B");
            });
            mvc.perform(get("/admin/rule-figures").param("callYear", "2015").param("actionType", "KA204").with(ADMIN))
                    .andExpect(content().string(containsString("Programme Guide 2015, Part B")));
        } finally {
            corrections.correctFigure(2015, "KA204", RuleFigure.ME_MAXIMUM, new BigDecimal("30000"),
                    FigureStatus.PARTLY_CONFIRMED, "Test restores the published figure", "test");
        }
    }

    @Test
    void correctsADistanceBandAndADayRate() throws Exception {
        try {
            mvc.perform(post("/admin/rule-figures/2014/KA201/bands/MEETING/2000").with(csrf()).with(ADMIN)
                            .param("amount", "760").param("status", "CONFIRMED").param("reason", "Checked in the 2014 guide"))
                    .andExpect(status().is3xxRedirection());
            assertThat(rules.parametersFor(2014, "KA201").band(DistancePurpose.MEETING, 2500))
                    .map(DistanceBand::status).contains(FigureStatus.CONFIRMED);
            mvc.perform(post("/admin/rule-figures/2014/KA201/day-rates/D/MANAGER").with(csrf()).with(ADMIN)
                            .param("amount", "90").param("status", "UNCONFIRMED").param("reason", "Trial"))
                    .andExpect(status().is3xxRedirection());
            assertThat(rules.parametersFor(2014, "KA201").ioDayRate(eu.sadarbe.shared.CountryCode.of("LV"), StaffCategory.MANAGER))
                    .map(Figure::amount).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("90"));
        } finally {
            corrections.correctDistanceBand(2014, DistancePurpose.MEETING, 2000, new BigDecimal("760"),
                    FigureStatus.UNCONFIRMED, "Test restores", "test");
            corrections.correctDayRate(2014, "D", StaffCategory.MANAGER, new BigDecimal("88"),
                    FigureStatus.UNCONFIRMED, "Test restores", "test");
        }
    }

    @Test
    void correctsACountrysParticipationForOneCallYearAndKeepsTheHistory() throws Exception {
        CountryCode serbia = CountryCode.of("RS");
        try {
            mvc.perform(post("/admin/rule-figures/2016/KA201/countries/RS").with(csrf()).with(ADMIN)
                            .param("participation", "PARTNER").param("rateGroup", "D").param("reason", "Trial"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Programme Countries take a group from A to D")));
            mvc.perform(post("/admin/rule-figures/2016/KA201/countries/RS").with(csrf()).with(ADMIN)
                            .param("participation", "PROGRAMME").param("rateGroup", "D").param("reason", "Trial"))
                    .andExpect(redirectedUrl("/admin/rule-figures?callYear=2016&actionType=KA201"));
            assertThat(reference.country(serbia, 2016)).map(Country::participation).contains(Participation.PROGRAMME);
            assertThat(rules.parametersFor(2016, "KA201").isProgrammeCountry(serbia)).isTrue();
            assertThat(reference.country(serbia, 2017)).map(Country::participation).contains(Participation.PARTNER);
            assertThat(corrections.history(50)).anySatisfy(change -> {
                assertThat(change.figure()).isEqualTo("2016/COUNTRY/RS");
                assertThat(change.oldText()).isEqualTo("PARTNER PD");
                assertThat(change.newText()).isEqualTo("PROGRAMME D");
            });
            mvc.perform(get("/admin/rule-figures").param("callYear", "2016").param("actionType", "KA201").with(ADMIN))
                    .andExpect(content().string(containsString("PARTNER PD → PROGRAMME D")));
        } finally {
            corrections.correctCountry(2016, serbia, Participation.PARTNER, "PD", "Test restores", "test");
        }
    }

    @Test
    void answersAnUnknownCountryWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/admin/rule-figures/2020/KA201/countries/QQ").with(ADMIN).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rule-figures/2020/KA201/countries/Latvia").with(ADMIN).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void answersAnUnknownBandWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/admin/rule-figures/2020/KA201/bands/MEETING/123").with(ADMIN).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rule-figures/2020/KA201/NOT_A_FIGURE").with(ADMIN).accept("text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
