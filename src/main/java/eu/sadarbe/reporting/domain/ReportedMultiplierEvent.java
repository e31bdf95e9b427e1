package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A multiplier event held (R-FIN-06): the intellectual outputs it shared ({@link ReportedOutput#id()}s) and its
 * participants from the host's country and from abroad, the partnership's own staff excluded.
 */
public record ReportedMultiplierEvent(String id, String host, LocalDate date, List<String> outputs,
                                      int localParticipants, int internationalParticipants) {

    public ReportedMultiplierEvent {
        outputs = List.copyOf(outputs);
    }
}
