package eu.sadarbe.submission.web;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import eu.sadarbe.calls.Finding;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.submission.DeadlinePassed;
import eu.sadarbe.submission.DeclarationNotSigned;

/** Words the refusals of a submission in the caller's language, for the API and the pages alike. */
@Component
class SubmissionProblems {

    static final DateTimeFormatter BRUSSELS_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final MessageSource messages;

    SubmissionProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, locale, arguments));
        problem.setTitle(text(key + "Title", locale));
        return problem;
    }

    ProblemDetail deadlinePassed(DeadlinePassed late, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "submission.problem.deadlinePassed", locale,
                deadlineText(late, locale)[0], deadlineText(late, locale)[1]);
        problem.setProperty("deadline", late.deadline().toOffsetDateTime());
        problem.setProperty("serverTime", late.serverTime().toOffsetDateTime());
        return problem;
    }

    /** The deadline and the server time as people read them, in Brussels time. */
    String[] deadlineText(DeadlinePassed late, Locale locale) {
        String zone = text("submission.brusselsTime", locale);
        return new String[] {BRUSSELS_TIME.format(late.deadline()) + " " + zone,
                BRUSSELS_TIME.format(late.serverTime()) + " " + zone};
    }

    ProblemDetail notEligible(CheckReport report, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "submission.problem.notEligible", locale);
        problem.setProperty("findings", findings(report, locale));
        return problem;
    }

    /** 422 with the stable code DECLARATION_NOT_SIGNED and the page where the declaration is signed. */
    ProblemDetail declarationNotSigned(DeclarationNotSigned missing, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, missing.outdated()
                ? "submission.problem.declarationOutdated" : "submission.problem.declaration", locale);
        problem.setType(URI.create("urn:sadarbe:problem:declaration-not-signed"));
        problem.setProperty("code", "DECLARATION_NOT_SIGNED");
        problem.setProperty("signedForAnEarlierVersion", missing.outdated());
        problem.setProperty("declarationPage", "/applications/" + missing.application() + "/sections/declaration");
        return problem;
    }

    List<Map<String, Object>> findings(CheckReport report, Locale locale) {
        return report.findings().stream().map(finding -> Map.<String, Object>of("rule", finding.rule(),
                "severity", finding.severity().name(), "path", finding.path(), "message", message(finding, locale)))
                .toList();
    }

    String message(Finding finding, Locale locale) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), finding.messageKey(), locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
