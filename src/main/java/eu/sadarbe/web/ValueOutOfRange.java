package eu.sadarbe.web;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A value the database refused as data (SQL state class 22: too long for its column, a number out of range, a
 * NUL character in text): the request's fault, answered 400 in the caller's language by {@link PageProblems}
 * and {@link ApiProblems}. Forms check their lengths themselves and keep the input; this is the net beneath them.
 */
final class ValueOutOfRange {

    static final String TITLE = "request.problem.valueOutOfRange.title";
    static final String DETAIL = "request.problem.valueOutOfRange.detail";

    private ValueOutOfRange() {
    }

    static boolean isDataError(DataIntegrityViolationException violation) {
        return dataState(violation) != null;
    }

    private static @Nullable String dataState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
