package eu.sadarbe.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Language switching ({@code ?lang=lv}), the design system's assets, and the public paths of the shell. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageChoice();
    }

    /** Replaces Boot's own: the same bundles, with money and dates formatted for the reader. */
    @Bean
    MessageSource messageSource() {
        return new LocalisedMessages();
    }

    @Bean
    PublicPaths shellPublicPaths() {
        return PublicPaths.of("/", "/css/**", "/js/**", "/images/**", "/assets/**", "/webjars/**", "/favicon.ico",
                "/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
                "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale chosen = Languages.parse(request.getParameter(LANGUAGE_PARAMETER));
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (chosen != null && resolver != null) {
                    resolver.setLocale(request, response, chosen);
                }
                return true;
            }
        });
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend's stylesheet loads its images from /assets; its font is not used (see sadarbe.css).
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/images/");
    }
}
