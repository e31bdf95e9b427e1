package eu.sadarbe.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * JSON bodies are limited before any controller reads them: over {@code sadarbe.web.max-json-body} (2 MB; a
 * large application document is a few hundred kB) the answer is 413, and a body that is not valid UTF-8 (RFC
 * 8259) is 400, so that no replacement characters are ever stored in a draft. Each refusal is a problem in the
 * caller's language, written before the session or the database is touched.
 */
class JsonBodyLimits extends OncePerRequestFilter {

    private final int maximumBytes;
    private final MessageSource messages;
    private final LocaleResolver languages;

    JsonBodyLimits(int maximumBytes, MessageSource messages, LocaleResolver languages) {
        this.maximumBytes = maximumBytes;
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        boolean json = lower.startsWith("application/json") || lower.contains("+json");
        boolean otherCharset = lower.contains("charset=") && !lower.contains("charset=utf-8");
        return !json || otherCharset;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maximumBytes) {
            tooLarge(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maximumBytes + 1);
        if (body.length > maximumBytes) {
            tooLarge(request, response);
            return;
        }
        if (!isUtf8(body)) {
            RefusalResponse.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "not-utf-8",
                    "request.problem.notUtf8.title", "request.problem.notUtf8.detail", messages,
                    languages.resolveLocale(request));
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of the body is not read: Tomcat closes the connection after max-swallow-size.
        RefusalResponse.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body-too-large",
                "request.problem.tooLarge.title", "request.problem.tooLarge.detail", messages,
                languages.resolveLocale(request), maximumBytes / (1024 * 1024));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    /** The request with its body already read and checked. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
