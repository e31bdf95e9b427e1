package eu.sadarbe.grants.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An amendment the coordinator requested: the terms it proposes (the next version), what the eligibility check
 * found on the amended consortium (R-ELIG-01…12), its PDF's SHA-256, and the officer's decision. The beneficiary
 * signs the amendment's PDF; the officer's approval is the agency's signature, given last.
 */
public record Amendment(int version, AmendmentKind kind, Status status, String summary, AgreementTerms proposed,
                        List<String> findings, String requestedBy, Instant requestedAt, String pdfSha256,
                        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String reason) {

    public enum Status { AWAITING_BENEFICIARY, AWAITING_AGENCY, APPROVED, REJECTED }

    public Amendment {
        findings = List.copyOf(findings);
    }

    public boolean open() {
        return status == Status.AWAITING_BENEFICIARY || status == Status.AWAITING_AGENCY;
    }

    Amendment with(Status newStatus, @Nullable String by, @Nullable Instant at, @Nullable String why) {
        return new Amendment(version, kind, newStatus, summary, proposed, findings, requestedBy, requestedAt,
                pdfSha256, by, at, why);
    }

    Amendment withPdf(String sha256) {
        return new Amendment(version, kind, status, summary, proposed, findings, requestedBy, requestedAt, sha256,
                decidedBy, decidedAt, reason);
    }
}
