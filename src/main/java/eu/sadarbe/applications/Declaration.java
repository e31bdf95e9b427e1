package eu.sadarbe.applications;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.document.DocumentJson;

/**
 * The declaration of honour of the DECLARATION section (Programme Guide, Part C: the applicant's legal
 * representative declares that the application is correct and that the partners gave their mandates). Only a
 * person who acts for the applicant organisation signs it; partners' invited editors cannot. The system notes the
 * signer's account beside the typed name ({@code signedByAccount}), so the frozen document names who signed, and the
 * SHA-256 digest of the canonical document without its declaration ({@code documentDigest}): a declaration covers
 * that one version, and any later change voids it (issue 12).
 */
public record Declaration(String signedBy, AccountId signer, String documentDigest) {

    static final String FIELD = "declaration";

    /** The signed declaration in a DECLARATION section's content, if the box is ticked, a name typed and a signer noted. */
    public static Optional<Declaration> in(String sectionContent) {
        JsonNode declaration = DocumentJson.object(sectionContent).path(FIELD);
        String name = declaration.path("signedBy").asString("").strip();
        String account = declaration.path("signedByAccount").asString("");
        String digest = declaration.path("documentDigest").asString("");
        if (!declaration.path("accepted").asBoolean(false) || name.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Declaration(name, new AccountId(UUID.fromString(account)), digest));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }

    /** Whether the content ticks the box (whoever signed it). */
    public static boolean accepted(ObjectNode content) {
        return content.path(FIELD).path("accepted").asBoolean(false);
    }

    /** Whether the declaration was signed for the document with this digest (its version without the declaration). */
    public boolean covers(String digest) {
        return documentDigest.equals(digest);
    }

    /**
     * Notes the account signing the ticked declaration and the digest of the document it covers; refuses a
     * declaration without the signer's name.
     */
    public static ObjectNode signed(ObjectNode content, AccountId signer, String documentDigest) {
        ObjectNode copy = content.deepCopy();
        ObjectNode declaration = (ObjectNode) copy.get(FIELD);
        if (declaration.path("signedBy").asString("").isBlank()) {
            throw new DraftRefused(DraftRefused.Reason.SIGNATORY_NAME_MISSING);
        }
        declaration.put("signedByAccount", signer.value().toString());
        declaration.put("documentDigest", documentDigest);
        return copy;
    }
}
