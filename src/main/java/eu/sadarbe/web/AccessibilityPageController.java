package eu.sadarbe.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, following the EU model statement (Commission Implementing Decision (EU) 2018/1523
 * under Directive (EU) 2016/2102): the standard met (WCAG 2.1 AA), known gaps, how it was checked, feedback
 * contact and the enforcement procedure. Linked from every page's footer.
 */
@Controller
class AccessibilityPageController {

    private final AccessibilitySettings settings;

    AccessibilityPageController(AccessibilitySettings settings) {
        this.settings = settings;
    }

    @Bean
    static PublicPaths accessibilityPublicPaths() {
        return PublicPaths.of("/accessibility");
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        model.addAttribute("statement", settings);
        return "home/accessibility";
    }
}
