package eu.sadarbe.web;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends the PDF renderer's own log (openhtmltopdf's {@code XRLog}, which would otherwise configure
 * java.util.logging handlers of its own) to SLF4J, as {@code com.openhtmltopdf.<where>}, so that it lands in
 * Sadarbe's log in whatever format that is written (plain or ECS JSON, issue 16). PDFBox logs through
 * commons-logging, which Spring's logging already routes to SLF4J.
 */
final class PdfLogging implements XRLogger {

    static {
        XRLog.setLoggerImpl(new PdfLogging());
    }

    /** Called by {@link DocumentPdf} before it renders, so that the first document's log goes the same way. */
    static void install() {
        // the static initialiser does the work, once
    }

    private PdfLogging() {
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, failure);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, failure);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(message, failure);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(message, failure);
        } else {
            logger.trace(message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in Sadarbe's logging configuration (logging.level.com.openhtmltopdf...)
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                : value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                : value >= Level.INFO.intValue() ? logger.isInfoEnabled()
                : value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
