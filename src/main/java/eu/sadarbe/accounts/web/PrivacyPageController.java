package eu.sadarbe.accounts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import eu.sadarbe.accounts.personaldata.PrivacySettings;
import eu.sadarbe.web.PublicPaths;

/** The privacy notice (GDPR Art. 13 and 14), open to everyone and linked from every page's footer. */
@Controller
class PrivacyPageController {

    private final PrivacySettings settings;

    PrivacyPageController(PrivacySettings settings) {
        this.settings = settings;
    }

    @Bean
    static PublicPaths privacyPublicPaths() {
        return PublicPaths.of("/privacy");
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("privacy", settings);
        return "accounts/privacy";
    }
}
