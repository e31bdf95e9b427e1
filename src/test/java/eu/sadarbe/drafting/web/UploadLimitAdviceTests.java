package eu.sadarbe.drafting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A file beyond the server's multipart limit never ends on an error page for an annex upload. */
class UploadLimitAdviceTests {

    static final String ID = "7f9a2c9e-3f1b-4c55-9d7a-0a1b2c3d4e5f";

    final UploadLimitAdvice advice = new UploadLimitAdvice(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void anAnnexUploadGoesBackToTheAnnexesPageWithAMessage() throws Exception {
        var answer = advice.tooLarge(new MockHttpServletRequest("POST", "/applications/" + ID + "/annexes"),
                new MockHttpServletResponse(), Locale.ENGLISH);
        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(303);
        assertThat(answer.getHeaders().getLocation()).hasToString("/applications/" + ID + "/sections/annexes?tooLarge");
    }

    @Test
    void theApiAnswers413AsProblemJsonInTheCallersLanguage() throws Exception {
        var answer = advice.tooLarge(new MockHttpServletRequest("POST", "/api/v1/applications/" + ID + "/annexes"),
                new MockHttpServletResponse(), Locale.forLanguageTag("lv"));
        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().getDetail()).startsWith("Fails pārsniedz servera augšupielādes ierobežojumu");
    }

    @Test
    void anyOtherUploadGetsThe413ErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        var answer = advice.tooLarge(new MockHttpServletRequest("POST", "/organisations/import"), response,
                Locale.ENGLISH);
        assertThat(answer).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
    }
}
