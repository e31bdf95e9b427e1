package eu.sadarbe.demo;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The demo sign-ins and their password for the sign-in page (accounts' pages), which lists them when they are
 * there: only under the {@code demo} profile.
 */
@ControllerAdvice(basePackages = "eu.sadarbe.accounts.web")
@Profile("demo")
class DemoSignIns {

    @ModelAttribute("demoAccounts")
    List<DemoAccounts.DemoAccount> demoAccounts() {
        return DemoAccounts.ALL;
    }

    @ModelAttribute("demoPassword")
    String demoPassword() {
        return DemoAccounts.PASSWORD;
    }
}
