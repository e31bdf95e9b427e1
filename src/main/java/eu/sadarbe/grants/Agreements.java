package eu.sadarbe.grants;

import java.util.List;
import java.util.Optional;

import eu.sadarbe.applications.ApplicationId;

/**
 * The agreements in force, as other modules read them (reporting, monitoring): only agreements both parties have
 * signed, in their current version. Who may see them is the caller's concern.
 */
public interface Agreements {

    Optional<AgreementInForce> inForce(GrantAgreementId id);

    /** Every agreement in force of the application: one, or one per school of a KA229 project. */
    List<AgreementInForce> inForceOf(ApplicationId applicationId);

    /** The agency's agreements in force, by call year, round and number. */
    List<AgreementInForce> inForceAt(String agencyCode);

    /** The call years, rounds and action types of the agency's agreements in force, in order. */
    List<AgreementRound> inForceRoundsAt(String agencyCode);
}
