package eu.sadarbe.grants.domain;

import java.time.Instant;

/**
 * A signature of the agreement (version 1) or of an amendment (its version): the beneficiary's legal representative
 * accepts the exact PDF in Sadarbe (its SHA-256 recorded) or uploads it signed with a qualified electronic
 * signature (kept as is; the SHA-256 is the uploaded file's); the agency signs last.
 */
public record Signature(int version, Signer signer, Method method, String signerName, String signerEmail,
                        Instant signedAt, String sha256) {

    public enum Signer { BENEFICIARY, AGENCY }

    public enum Method { ACCEPTANCE, QUALIFIED_UPLOAD }
}
