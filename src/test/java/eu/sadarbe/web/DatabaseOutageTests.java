package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * While the database is away (issue #7: PostgreSQL restarted under load) the answer is a 503 with Retry-After,
 * a problem for the API and a page for people, in their language, without a trace; other failures pass on.
 */
class DatabaseOutageTests {

    final DatabaseOutage filter = new DatabaseOutage(messages(), new LanguageChoice());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void answersTheApiWithA503ProblemWhenNoConnectionCanBeHad() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/applications/x/submissions");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503", "Please try again in a minute.")
                .doesNotContain("Hikari", "Exception", "at org.");
    }

    @Test
    void showsPeopleA503PageInTheirLanguageWhenTheTransactionCannotStart() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/applications/x");
        request.addHeader("Accept", "text/html");
        request.addPreferredLocale(java.util.Locale.forLanguageTag("lv"));
        request.addHeader("Accept-Language", "lv");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new CannotCreateTransactionException("Could not open JDBC Connection"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("lang=\"lv\"", "Sadarbe īslaicīgi nav pieejama")
                .doesNotContain("Exception");
    }

    @Test
    void seesTheOutageBehindAFailedRollback() throws Exception {
        // PostgreSQL restarted: the statement failed, then the rollback on the dead connection failed too
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("This connection has been closed.", "08003"));
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "terminating connection due to administrator command"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("PUT", "/api/v1/applications/x"), response, (req, res) -> {
            throw rollback;
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(DatabaseOutage.outage(new IllegalStateException(new java.sql.SQLException("gone", "57P01"))))
                .isNotNull();
    }

    @Test
    void seesTheOutageBehindAFailedBatch() throws Exception {
        // Issue #12: a batch INSERT failed on "Check constraint invalid", because the database had been closed;
        // the batch keeps the reason among its next exceptions, not as its cause.
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException(
                "Check constraint invalid: \"CONSTRAINT_CC: \"", "23514", 23514, new int[0]);
        batch.setNextException(new java.sql.SQLNonTransientConnectionException("The database has been closed",
                "90098", 90098));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/applications"), response, (req, res) -> {
            throw new org.springframework.dao.DataIntegrityViolationException("PreparedStatementCallback", batch);
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    void letsOtherFailuresPass() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/applications/x");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
