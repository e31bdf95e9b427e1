package eu.sadarbe.accounts.twofactor;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an unfinished sign-in to its remaining steps: any other page sends the person to the next step, the API
 * answers 401. Pages of the steps are open only to an unfinished sign-in. Static files and signing out stay open.
 */
public class SignInStepGate extends OncePerRequestFilter {

    private static final List<String> ALWAYS_OPEN = List.of("/sign-out", "/css/", "/js/", "/images/", "/assets/",
            "/webjars/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean stepPage = Arrays.stream(SignInStep.values())
                .anyMatch(step -> path.equals(step.path()) || path.startsWith(step.path() + "/"));
        if (current instanceof UnfinishedSignIn unfinished) {
            if (!stepPage && ALWAYS_OPEN.stream().noneMatch(path::startsWith)) {
                if (path.startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + unfinished.next().path());
                }
                return;
            }
        } else if (stepPage) {
            boolean anonymous = current == null || current instanceof AnonymousAuthenticationToken;
            response.sendRedirect(request.getContextPath() + (anonymous ? "/sign-in" : "/"));
            return;
        }
        chain.doFilter(request, response);
    }
}
