package eu.sadarbe.applications.document;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.RuleBook;

/** The reader checks country and priority codes against the call year's lists, as the rule book caches them. */
@Configuration(proxyBeanMethods = false)
class DocumentReaderConfiguration {

    @Bean
    ApplicationDocumentReader applicationDocumentReader(RuleBook ruleBook) {
        return new ApplicationDocumentReader(callYear -> CallYears.isKnown(callYear)
                ? Set.copyOf(ruleBook.parametersFor(callYear, "*").countries().keySet()) : null,
                callYear -> CallYears.isKnown(callYear)
                        ? Set.copyOf(ruleBook.parametersFor(callYear, "*").priorities().keySet()) : Set.of());
    }
}
