package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.selection.domain.ChangeRefused;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;

/**
 * R-AWD-05: the reserve list's default and longest size are the call year's rule figures (issue 14, item 6), on
 * rankings no other test uses: nothing is ranked in them, only their envelopes are set. A module test of selection with
 * its pages and API behind the real security chain, by an LV01 officer of its own who signs in to the API with their
 * password.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
@DisplayName("R-AWD-05")
class ReserveListFiguresTests {

    static final String PASSWORD = "dzeltena laiva kalnā zied";

    @Autowired
    SelectionDesk desk;

    @Autowired
    RuleBook rules;

    @Autowired
    AccountRegister accounts;

    @Autowired
    MockMvc mvc;

    AccountSummary officer;

    @BeforeEach
    void anOfficerOfLv01() {
        officer = accounts.open("officer-" + UUID.randomUUID() + "@example.lv", "Ilze Ozola", PASSWORD,
                Set.of(Role.NA_OFFICER), "LV01");
    }

    @Test
    void aNewEnvelopeHasTheCallYearsDefaultReserveSize() {
        RankingKey key = new RankingKey("LV01", 2016, 8, "KA203");
        int figure = rules.parametersFor(2016, "KA203").whole(RuleFigure.RESERVE_LIST_DEFAULT_SIZE);

        assertThat(figure).isEqualTo(10);
        assertThat(desk.envelope(key, ilze()).reserveSize()).isEqualTo(figure);
        assertThat(desk.defaultReserveSize(key)).isEqualTo(figure);
    }

    @Test
    void refusesAReserveListLongerThanTheCallYearsMaximumNamingIt() {
        RankingKey key = new RankingKey("LV01", 2017, 8, "KA203");
        int maximum = rules.parametersFor(2017, "KA203").whole(RuleFigure.RESERVE_LIST_MAXIMUM_SIZE);

        assertThat(desk.setEnvelope(key, new BigDecimal("1000"), maximum, ilze()).reserveSize()).isEqualTo(500);
        ChangeRefused refused = catchThrowableOfType(ChangeRefused.class,
                () -> desk.setEnvelope(key, new BigDecimal("1000"), maximum + 1, ilze()));
        assertThat(refused.messageKey()).isEqualTo(SelectionDesk.RESERVE_SIZE_PROBLEM);
        assertThat(refused.arguments()).containsExactly(500);
        assertThat(desk.envelope(key, ilze()).reserveSize()).isEqualTo(500);
    }

    @Test
    void theApiTakesTheDefaultWhenNoSizeIsGivenAndWordsTheMaximumInTheCallersLanguage() throws Exception {
        mvc.perform(put("/api/v1/agency/LV01/envelopes/2018/8/KA203").contentType("application/json")
                        .content("{\"amount\": 50000}").with(httpBasic(officer.email(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reserveSize").value(10));
        mvc.perform(put("/api/v1/agency/LV01/envelopes/2018/8/KA203").contentType("application/json")
                        .content("{\"amount\": 50000, \"reserveSize\": 501}")
                        .with(httpBasic(officer.email(), PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Enter the reserve list size as a whole number from 0 to 500."));
        mvc.perform(put("/api/v1/agency/LV01/envelopes/2018/8/KA203").contentType("application/json")
                        .header("Accept-Language", "lv")
                        .content("{\"amount\": 50000, \"reserveSize\": 501}")
                        .with(httpBasic(officer.email(), PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Ievadiet rezerves saraksta garumu kā veselu skaitli no 0 līdz 500."));
    }

    @Test
    void thePageTakesTheDefaultWhenNoSizeIsSentAndShowsTheMaximumBesideTheSize() throws Exception {
        mvc.perform(post("/agency/selection/envelope").with(csrf()).with(user(ilze()))
                        .param("year", "2019").param("round", "8").param("actionType", "KA203")
                        .param("amount", "20000"))
                .andExpect(flash().attribute("done", "selection.done.envelope"));
        assertThat(desk.envelope(new RankingKey("LV01", 2019, 8, "KA203"), ilze()).reserveSize()).isEqualTo(10);

        for (String typed : new String[] {"501", "many"}) {
            var flash = mvc.perform(post("/agency/selection/envelope").with(csrf()).with(user(ilze()))
                            .param("year", "2019").param("round", "8").param("actionType", "KA203")
                            .param("amount", "20000").param("reserveSize", typed))
                    .andExpect(flash().attribute("problem", SelectionDesk.RESERVE_SIZE_PROBLEM))
                    .andExpect(flash().attribute("problemArgument", 500))
                    .andReturn().getFlashMap();
            // The page after the redirect, with that flash as its input.
            mvc.perform(get("/agency/selection").param("year", "2019").param("round", "8")
                            .param("actionType", "KA203").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash)
                            .with(user(ilze())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"reserveSize-error\"")))
                    .andExpect(content().string(containsString(
                            "Enter the reserve list size as a whole number from 0 to 500.")));
        }
    }

    @Test
    void aRankingOfAYearWithoutFiguresStillShowsInsteadOfFailing() throws Exception {
        mvc.perform(get("/api/v1/agency/LV01/ranking").param("year", "1999").param("round", "1")
                        .param("actionType", "KA999").with(httpBasic(officer.email(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reserveSize").value(10));
    }

    private SignedInUser ilze() {
        return ModuleTestData.signedIn(officer);
    }
}
