package eu.sadarbe.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.web.Languages;

/** When a signed-in person switches language, their account remembers it for the next sign-in. */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer {

    private final AccountRegister register;

    LanguagePreference(AccountRegister register) {
        this.register = register;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale chosen = Languages.parse(request.getParameter("lang"));
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                // Saved on every explicit switch: the language in the signed-in principal is the one the account had
                // at sign-in, so comparing with it missed a switch back (lv, then en, in one session).
                if (chosen != null && authentication != null
                        && authentication.getPrincipal() instanceof SignedInUser user) {
                    register.preferLanguage(user.id(), chosen);
                }
                return true;
            }
        });
    }
}
