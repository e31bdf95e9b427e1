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

    public static void main(String[] args) {
        SpringApplication.run(Sadarbe.class, args);
    }
}
