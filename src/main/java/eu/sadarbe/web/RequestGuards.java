package eu.sadarbe.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The filters that stand before everything else, even the session: a database outage becomes a 503, and
 * oversized uploads and oversized or non-UTF-8 JSON bodies are refused before anyone reads them. Also the link
 * filter for static files, which resolves only links to static files.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

    @Bean
    FilterRegistrationBean<DatabaseOutage> databaseOutage(MessageSource messages, LocaleResolver languages) {
        FilterRegistrationBean<DatabaseOutage> registration =
                new FilterRegistrationBean<>(new DatabaseOutage(messages, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    /**
     * Replaces Boot's resource URL filter, which backs off only when a bean of its type exists (a registration bean
     * alone is not enough: both used to run, and Boot's looked up every link of every page).
     */
    @Bean
    StaticResourceUrls staticResourceUrlFilter() {
        return new StaticResourceUrls();
    }

    @Bean
    FilterRegistrationBean<StaticResourceUrls> staticResourceUrls(StaticResourceUrls filter) {
        FilterRegistrationBean<StaticResourceUrls> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UploadLimits> uploadLimits(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maximum,
            java.util.List<OversizeUploadPages> pages, MessageSource messages, LocaleResolver languages) {
        FilterRegistrationBean<UploadLimits> registration =
                new FilterRegistrationBean<>(new UploadLimits(maximum.toBytes(), pages, messages, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimits> jsonBodyLimits(
            WebSettings settings, MessageSource messages, LocaleResolver languages) {
        FilterRegistrationBean<JsonBodyLimits> registration = new FilterRegistrationBean<>(
                new JsonBodyLimits((int) settings.maxJsonBody().toBytes(), messages, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
