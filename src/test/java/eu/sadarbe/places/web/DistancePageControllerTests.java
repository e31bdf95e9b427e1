package eu.sadarbe.places.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.domain.OrganisationRepository;
import eu.sadarbe.organisations.domain.PartnerSearch;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.domain.Gazetteer;
import eu.sadarbe.web.LanguageChoice;

/**
 * The distance calculator page: the empty form, the distance and both bands in Latvian, places named in Latvian
 * without a case the name cannot take (issue 13), radio buttons for an ambiguous name, every mistake beside its field,
 * an unknown Organisation ID. A slice test: the page's controller with the real distance calculator, gazetteer and
 * rule figures, and the organisations register (empty: no demo data). That anyone may open it, and the distance to a
 * registered organisation, are {@code DistancePageTests}', on the whole application.
 */
@WebSliceTest(value = DistancePageController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.organisations\\.OrganisationLocationsFromRegister"))
@Import({Distances.class, Gazetteer.class, RuleBook.class, ReferenceData.class, OrganisationRegister.class,
        OrganisationRepository.class, PartnerSearch.class})
class DistancePageControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheEmptyFormWithTheCallYear2020Chosen() throws Exception {
        mvc.perform(get("/distances"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Distance calculator</h1>")))
                .andExpect(content().string(containsString("<option value=\"2020\" selected=\"selected\">2020</option>")))
                .andExpect(content().string(containsString("CC BY 4.0")));
    }

    @Test
    void showsTheDistanceAndBothBandsInLatvian() throws Exception {
        mvc.perform(get("/distances").param("from", "Riga").param("to", "Tallinn").param("callYear", "2020")
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*data-testid=\"distance-km\">2[78]\\d km<.*")))
                .andExpect(content().string(matchesRegex("(?s).*data-testid=\"learning-band\">100–499 km: 180,00.€ vienam dalībniekam<.*")))
                .andExpect(content().string(matchesRegex("(?s).*data-testid=\"meeting-band\">100–1999 km: 575,00.€ vienam dalībniekam<.*")))
                .andExpect(content().string(containsString("value=\"Riga, LV\"")))
                .andExpect(content().string(containsString("Rīga")))
                .andExpect(content().string(containsString("vienam dalībniekam")));
    }

    @Test
    void asksWhichPlaceIsMeantWithRadioButtons() throws Exception {
        mvc.perform(get("/distances").param("from", "Rīga").param("to", "Frankfurt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which place do you mean?</h1>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"from\" value=\"geonames:456172\">")))
                .andExpect(content().string(matchesRegex("(?s)(.*type=\"radio\" id=\"to-\\d\" name=\"to\"){2}.*")))
                .andExpect(content().string(matchesRegex("(?s).*for=\"to-1\">Frankfurt \\(Oder\\), DE</label>.*")));
    }

    @Test
    void explainsAnUnknownPlaceABlankPlaceAndABadCallYearBesideTheirFields() throws Exception {
        mvc.perform(get("/distances").param("from", "Nowhereville").param("to", "").param("callYear", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No place called &quot;Nowhereville&quot;")))
                .andExpect(content().string(containsString("Enter a city, town or Organisation ID")))
                .andExpect(content().string(containsString("Choose a call year from the list")))
                .andExpect(content().string(containsString("value=\"Nowhereville\"")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void namesPlacesWithoutForcingACase() throws Exception {
        mvc.perform(get("/distances").param("from", "Riga, LV").param("to", "Tallinn, EE").param("callYear", "2020")
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Attālums: Rīga – "), not(containsString("Attālums no")))));
    }

    @Test
    void namesAnUnknownOrganisationInLatvian() throws Exception {
        mvc.perform(get("/distances").param("from", "Riga").param("to", "E99999999").param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E99999999")))
                .andExpect(content().string(containsString("govuk-error-summary")));
    }
}
