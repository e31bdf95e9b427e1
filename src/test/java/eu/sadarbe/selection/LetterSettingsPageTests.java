package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.selection.domain.LetterSettings;
import eu.sadarbe.selection.domain.LetterSettingsRepository;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 17: administrators keep each agency's letter settings (how to contest, the signatory's position) in both
 * languages; a blank field is named and nothing is lost; officers cannot change them. A module test of selection with
 * its pages and the real security chain (accounts is among its dependencies), by an administrator and an officer of
 * its own, on the settings the migration wrote.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class LetterSettingsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BeanFactory beans;

    @Autowired
    LetterSettingsRepository settings;

    @Test
    void theAdministratorCorrectsAndConfirmsTheWordingOfAnAgency() throws Exception {
        ModuleTestData data = new ModuleTestData("selection", beans);
        SignedInUser admin = data.person("Andris Administrators", Role.ADMIN, null);
        LetterSettings before = settings.of("LV02").orElseThrow();
        assertThat(before.confirmed()).as("the migration's wording waits for the agency's confirmation").isFalse();
        try {
            assertThat(page("/admin/letter-settings", admin)).contains("LV02", "Not confirmed by the agency");
            assertThat(page("/admin/letter-settings/LV02", admin)).contains("Administratīvā procesa likumu");

            String refused = mvc.perform(post("/admin/letter-settings/LV02").with(user(admin)).with(csrf())
                            .locale(Locale.ENGLISH).param("contestEn", "Kept as typed").param("contestLv", " ")
                            .param("positionEn", "Head of unit").param("positionLv", "Nodaļas vadītājs"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("Fill in every field.", "href=\"#contestLv\"", "Kept as typed");
            assertThat(settings.of("LV02").orElseThrow().contestEn()).isEqualTo(before.contestEn());

            mvc.perform(post("/admin/letter-settings/LV02").with(user(admin)).with(csrf())
                            .param("contestEn", before.contestEn()).param("contestLv", "Ģērbies: āčēģīķļņšūž")
                            .param("positionEn", "Head of unit").param("positionLv", "Nodaļas vadītājs")
                            .param("confirmed", "true"))
                    .andExpect(redirectedUrl("/admin/letter-settings"));
            LetterSettings after = settings.of("LV02").orElseThrow();
            assertThat(after.confirmed()).isTrue();
            assertThat(after.contest(Locale.forLanguageTag("lv"))).isEqualTo("Ģērbies: āčēģīķļņšūž");
            assertThat(after.signatoryPosition(Locale.ENGLISH)).isEqualTo("Head of unit");
            assertThat(after.changedBy()).isEqualTo(admin.email());

            SignedInUser officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            mvc.perform(get("/admin/letter-settings").with(user(officer))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/letter-settings/LV01").with(user(officer)).with(csrf())
                    .param("contestEn", "x").param("contestLv", "x").param("positionEn", "x")
                    .param("positionLv", "x")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/letter-settings/XX99").with(user(admin))).andExpect(status().isNotFound());
        } finally {
            mvc.perform(post("/admin/letter-settings/LV02").with(user(admin)).with(csrf())
                    .param("contestEn", before.contestEn()).param("contestLv", before.contestLv())
                    .param("positionEn", before.signatoryPositionEn()).param("positionLv", before.signatoryPositionLv())
                    .param("confirmed", String.valueOf(before.confirmed())));
        }
    }

    String page(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(user(user)).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
