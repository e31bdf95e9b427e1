package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailSettingsTests {

    @Test
    void repliesGoToTheSendingAgencyElseTheGlobalAddressElseTheSender() {
        MailSettings settings = new MailSettings("Sadarbe <noreply@sadarbe.eu>", "help@sadarbe.eu",
                Map.of("LV01", "erasmus@viaa.gov.lv"));
        assertThat(settings.replyTo("LV01")).isEqualTo("erasmus@viaa.gov.lv");
        assertThat(settings.replyTo("LV02")).isEqualTo("help@sadarbe.eu");
        assertThat(settings.replyTo(null)).isEqualTo("help@sadarbe.eu");
        assertThat(new MailSettings("Sadarbe <noreply@sadarbe.eu>", null, null).replyTo("LV01")).isNull();
    }
}
