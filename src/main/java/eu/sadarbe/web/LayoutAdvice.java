package eu.sadarbe.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: links that show the same page in the other language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request, Locale locale) {
        return new Layout(locale.getLanguage(), languageLink(request, "en"), languageLink(request, "lv"));
    }

    /** The signed-in person, whatever kind of principal signed them in; null for anonymous visitors. */
    @ModelAttribute("currentPerson")
    @Nullable Person currentPerson(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof Person person ? person : Person.named(authentication.getName());
    }

    private static String languageLink(HttpServletRequest request, String language) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language)
                .build().toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** The current language and the links to this page in English and in Latvian. */
    record Layout(String language, String englishLink, String latvianLink) {
    }
}
