package eu.sadarbe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Sadarbe runs the Erasmus+ Strategic Partnerships programme (Key Action 2, 2014–2020) from organisation
 * registration to public results.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Sadarbe", sharedModules = {"shared", "web"})
public class Sadarbe {

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader for every message it makes, scanning the
        // whole class path each time: 9 % of the CPU of a burst of submissions, for the receipts (issue #7).
        // Named here, it is found directly. Angus Mail is the implementation Spring Boot brings.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(Sadarbe.class, args);
    }
}
