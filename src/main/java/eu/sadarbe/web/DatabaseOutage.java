package eu.sadarbe.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database cannot be reached (restarted, failed over, pool exhausted) every request that needs it gets
 * a clear 503 with {@code Retry-After}, as a problem for the API and a page otherwise, never a 500 or a stack
 * trace; the connection pool reconnects by itself, so the node recovers without a restart. Sits before the
 * session filter, because reading a JDBC session is often the first thing that fails.
 */
class DatabaseOutage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

    private final MessageSource messages;
    private final LocaleResolver languages;

    DatabaseOutage(MessageSource messages, LocaleResolver languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            Throwable outage = outage(failure);
            if (outage == null || response.isCommitted()) {
                throw failure;
            }
            LOG.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    outage.toString());
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            RefusalResponse.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "service-unavailable", "service.unavailable.title", "service.unavailable.detail", messages,
                    languages.resolveLocale(request));
        }
    }

    /** SQL states of a lost connection (class 08) and of a server shutting down (57P01..57P03). */
    static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** The cause that says the database could not be reached, if that is what went wrong. */
    static @Nullable Throwable outage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return cause;
            }
            // A failed batch keeps why each statement failed in its chain of next exceptions, not in its cause:
            // "Check constraint invalid" on a batch INSERT, because "The database has been closed" (issue #12).
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && sql.getNextException() != sql) {
                Throwable next = outage(sql.getNextException());
                if (next != null) {
                    return next;
                }
            }
            // "Application exception overridden by rollback exception": the rollback on a dead connection
            // failed too, and the outage that caused it is kept beside the cause, not in it.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Throwable original = outage(rollback.getApplicationException());
                if (original != null) {
                    return original;
                }
            }
        }
        return null;
    }
}
