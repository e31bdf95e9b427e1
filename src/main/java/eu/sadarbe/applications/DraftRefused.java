package eu.sadarbe.applications;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.sadarbe.shared.Refusal;

/** A draft may not be started or changed like this; {@code reason} names the message ({@code applications.refused.<reason>}). */
public class DraftRefused extends RuntimeException implements Refusal {

    public enum Reason {
        ROUND_NOT_OPEN, NO_OPEN_ROUND, ACTION_TYPE_NOT_IN_ROUND, CALL_YEAR_NOT_OF_ROUND, NO_APPLICANT,
        NOT_ACTING_FOR_APPLICANT, APPLICANT_NOT_IN_PROGRAMME_COUNTRY, APPLICANT_CHANGED, TEXT_TOO_LONG,
        INVALID_EMAIL, ALREADY_COORDINATOR, NOT_SIGNATORY, SIGNATORY_NAME_MISSING,
        ANNEXES_BY_UPLOAD, ANNEX_EMPTY, ANNEX_NOT_PDF, ANNEX_TOO_LARGE, ANNEX_NOT_A_PARTNER,
        ANNEX_TOO_MANY, ANNEX_QUOTA_EXCEEDED, ANNEX_ACTIVE_CONTENT, WITHDRAWAL_REASON_MISSING,
        WITHDRAWAL_REASON_TOO_LONG
    }

    private final Reason reason;
    private final List<String> arguments;

    public DraftRefused(Reason reason, String... arguments) {
        super(reason + " " + String.join(", ", arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String messageKey() {
        return "applications.refused." + reason.name().toLowerCase(Locale.ROOT);
    }

    /** Acting for someone else's applicant and signing without being the signatory are forbidden. */
    @Override
    public Kind kind() {
        return switch (reason) {
            case NOT_ACTING_FOR_APPLICANT, NOT_SIGNATORY -> Kind.FORBIDDEN;
            case ANNEX_TOO_LARGE -> Kind.TOO_LARGE;
            default -> Kind.UNPROCESSABLE;
        };
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return arguments.toArray();
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:draft-refused";
    }

    @Override
    public String titleKey() {
        return "applications.refused.title";
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("reason", reason.name());
    }
}
