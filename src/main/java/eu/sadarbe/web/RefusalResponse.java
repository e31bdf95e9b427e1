package eu.sadarbe.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal written by a filter, before any controller or template runs (so it needs neither the database nor
 * the session): {@code application/problem+json} for the API and JSON clients, a plain page otherwise, worded
 * in the caller's language. Never a stack trace.
 */
final class RefusalResponse {

    private RefusalResponse() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                      String titleKey, String detailKey, MessageSource messages, Locale locale, Object... arguments)
            throws IOException {
        String title = messages.getMessage(titleKey, null, locale);
        String detail = messages.getMessage(detailKey, arguments, locale);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"https://sadarbe.eu/problems/" + type + "\",\"title\":\""
                    + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                    + json(request.getRequestURI()) + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + HtmlUtils.htmlEscape(title) + " – Sadarbe</title></head><body><main>"
                    + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p>"
                    + "<p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath()) + "/\">Sadarbe</a></p>"
                    + "</main></body></html>");
        }
        response.flushBuffer();
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String contentType = request.getContentType();
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"))
                || (accept == null && contentType != null && contentType.contains("json"));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
