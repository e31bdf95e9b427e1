package eu.sadarbe.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Sadarbe is, and for a signed-in person what their role can do. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
