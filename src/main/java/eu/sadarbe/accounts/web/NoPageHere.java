package eu.sadarbe.accounts.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches an address that no controller or endpoint serves: only the static files (public anyway) would answer it,
 * with a 404. Such an address needs no sign-in, so that a visitor who mistypes a public address gets the friendly
 * "page not found" page in their language instead of the sign-in page (issue 13). Any address a controller or
 * endpoint serves — also with another HTTP method — does not match and keeps its rules. When in doubt it does not match.
 */
final class NoPageHere implements RequestMatcher {

    private final HandlerMappingIntrospector mappings;

    NoPageHere(HandlerMappingIntrospector mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest probe = new AttributesKeptApart(request);
        try {
            ServletRequestPathUtils.parseAndCache(probe);
            for (HandlerMapping mapping : mappings.getHandlerMappings()) {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null) {
                    return chain.getHandler() instanceof ResourceHttpRequestHandler;
                }
            }
            return true;
        } catch (Exception servedOtherwise) { // e.g. the address exists for another HTTP method
            return false;
        }
    }

    /** The request with its own attributes, so that looking up a handler leaves nothing behind for the real one. */
    private static final class AttributesKeptApart extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        AttributesKeptApart(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
