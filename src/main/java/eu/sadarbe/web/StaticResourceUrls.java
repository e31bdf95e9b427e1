package eu.sadarbe.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Resolves links to static files (version-less webjar URLs) while a page renders, as Spring's
 * {@link ResourceUrlEncodingFilter} does, but only for the static paths. Spring's filter looked up every link
 * of a page (e.g. each section of the task list) in every static location, a class-path search inside the
 * jar that finds nothing and is not cached: 72 % of the task list page's CPU time under load (JFR, issue #7).
 * Being a {@code ResourceUrlEncodingFilter}, it replaces Boot's.
 */
class StaticResourceUrls extends ResourceUrlEncodingFilter {

    static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/", "/assets/",
            "/favicon.ico");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new StaticLinks(http, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isStatic(String path) {
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static final class StaticLinks extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        StaticLinks(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context) || !isStatic(url.substring(context.length()))) {
                return super.encodeURL(url);
            }
            if (!(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                    instanceof ResourceUrlProvider provider)) {
                return super.encodeURL(url);
            }
            int end = url.length();
            for (char mark : new char[] {'?', '#'}) {
                int at = url.indexOf(mark);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String resolved = provider.getForLookupPath(url.substring(context.length(), end));
            return super.encodeURL(resolved == null ? url : context + resolved + url.substring(end));
        }
    }
}
