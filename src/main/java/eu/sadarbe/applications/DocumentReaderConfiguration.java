package eu.sadarbe.applications;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.RuleBook;

/** The reader checks country codes against the call year's country list, as the rule book caches it. */
@Configuration(proxyBeanMethods = false)
class DocumentReaderConfiguration {

    @Bean
    ApplicationDocumentReader applicationDocumentReader(RuleBook ruleBook) {
        return new ApplicationDocumentReader(callYear -> CallYears.isKnown(callYear)
                ? Set.copyOf(ruleBook.parametersFor(callYear, "*").countries().keySet()) : null);
    }
}
