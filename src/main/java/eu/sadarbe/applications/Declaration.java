package eu.sadarbe.applications;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;

/**
 * The declaration of honour of the DECLARATION section (Programme Guide, Part C: the applicant's legal
 * representative declares that the application is correct and that the partners gave their mandates). Only a
 * person who acts for the applicant organisation signs it; partners' invited editors cannot. The system notes the
 * signer's account beside the typed name ({@code signedByAccount}), so the frozen document names who signed.
 */
public record Declaration(String signedBy, AccountId signer) {

    static final String FIELD = "declaration";

    /** The signed declaration in a DECLARATION section's content, if the box is ticked, a name typed and a signer noted. */
    public static Optional<Declaration> in(String sectionContent) {
        JsonNode declaration = DocumentJson.object(sectionContent).path(FIELD);
        String name = declaration.path("signedBy").asString("").strip();
        String account = declaration.path("signedByAccount").asString("");
        if (!declaration.path("accepted").asBoolean(false) || name.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Declaration(name, new AccountId(UUID.fromString(account))));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }

    /** Whether the content ticks the box (whoever signed it). */
    static boolean accepted(ObjectNode content) {
        return content.path(FIELD).path("accepted").asBoolean(false);
    }

    /** Notes the account signing the ticked declaration; refuses a declaration without the signer's name. */
    static ObjectNode signed(ObjectNode content, AccountId signer) {
        ObjectNode copy = content.deepCopy();
        ObjectNode declaration = (ObjectNode) copy.get(FIELD);
        if (declaration.path("signedBy").asString("").isBlank()) {
            throw new DraftRefused(DraftRefused.Reason.SIGNATORY_NAME_MISSING);
        }
        declaration.put("signedByAccount", signer.value().toString());
        return copy;
    }
}
