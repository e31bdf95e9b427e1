package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Every page a person can reach with the demo data, per role and in both languages, shows words: no message key
 * left unresolved ("??key_lv??"). The pages are found as a person finds them, by following the links of each page
 * from the start page and the role's menu.
 * <p>
 * On H2 only (tag {@code h2-only}): the words come from the templates and message bundles, the same on either
 * database, and a page that fails on one database is skipped here, not reported — the page tests prove the pages
 * on PostgreSQL.
 */
@SadarbeTest
@Tag("h2-only")
class EveryPageInWordsTests {

    static final int MOST_PAGES = 160;
    /** Where a person starts: the menu's pages of every role (also walked at 320 px by ReflowBrowserTests). */
    static final List<String> START_PAGES = List.of("/", "/check", "/partners", "/distances", "/rounds",
            "/reference", "/applications", "/organisations", "/agency/applications", "/agency/experts",
            "/agency/assessments", "/agency/selection", "/assessments", "/admin/rule-figures",
            "/admin/security-events", "/sign-in");
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    static final Pattern SKIPPED = Pattern.compile(
            "^/(webjars|css|js|images|assets|actuator|swagger-ui|v3|api)/.*|.*[?&]lang=.*|^/sign-out.*|.*\\.(pdf|xlsx|csv|json|xml)(\\?.*)?$");
    /**
     * A call year printed as a number with grouping: "2,020 call", "2 020. gada konkurss" (issue 13). Not the first
     * groups of a larger amount: the agency's total awarded, "2 011 234,00 €", is two million euros, not a year.
     */
    static final Pattern GROUPED_YEAR = Pattern.compile(
            "(?<![\\d€.,])2[,\u00a0\u202f ]0[0-4]\\d(?![\\d.,]\\d|[,\u00a0\u202f ]\\d{3})");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister accounts;

    static Stream<Arguments> rolesAndLanguages() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("en", "lv")) {
            for (String email : new String[] {null, "anna.berzina@demo.sadarbe.eu", "ilze.ozola@demo.sadarbe.eu",
                    "marta.jansone@demo.sadarbe.eu", "admin@demo.sadarbe.eu"}) {
                cases.add(Arguments.of(email == null ? "anonymous" : email, language));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rolesAndLanguages")
    void everyReachablePageIsInWords(String who, String language) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(START_PAGES);
        Set<String> visited = new LinkedHashSet<>();
        List<String> untranslated = new ArrayList<>();
        List<String> groupedYears = new ArrayList<>();
        while (!toVisit.isEmpty() && visited.size() < MOST_PAGES) {
            String path = toVisit.poll().replace("&amp;", "&");
            if (!visited.add(path)) {
                continue;
            }
            MockHttpServletRequestBuilder request = get(path).cookie(new Cookie(LanguageChoice.COOKIE, language));
            if (!who.equals("anonymous")) {
                request = request.with(user(person(who, language)));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString();
            Matcher key = Pattern.compile("\\?\\?[^?<>\"]{1,120}\\?\\?").matcher(html);
            while (key.find()) {
                untranslated.add(path + ": " + key.group());
            }
            Matcher year = GROUPED_YEAR.matcher(html);
            while (year.find()) {
                groupedYears.add(path + ": " + year.group());
            }
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String target = link.group(1);
                if (!SKIPPED.matcher(target).matches() && !visited.contains(target)) {
                    toVisit.add(target);
                }
            }
        }
        assertThat(visited).as("pages visited").hasSizeGreaterThan(5);
        assertThat(untranslated).as("message keys shown instead of words").isEmpty();
        assertThat(groupedYears).as("years printed with a thousands separator").isEmpty();
    }

    @Test
    void aYearIsToldFromTheGroupsOfAnAmount() {
        assertThat(GROUPED_YEAR.matcher("2 020. gada konkurss").find()).isTrue();
        assertThat(GROUPED_YEAR.matcher("the 2,019 call").find()).isTrue();
        assertThat(GROUPED_YEAR.matcher("2\u00a0011\u00a0234,00\u00a0€ piešķirti").find()).isFalse();
        assertThat(GROUPED_YEAR.matcher("€2,011,234.00 awarded").find()).isFalse();
        assertThat(GROUPED_YEAR.matcher("12\u00a0019,00\u00a0€").find()).isFalse();
    }

    SignedInUser person(String email, String language) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }
}
