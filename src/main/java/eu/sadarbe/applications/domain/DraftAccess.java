package eu.sadarbe.applications.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.Access;
import eu.sadarbe.organisations.OrganisationRegister;

/**
 * Who may see and change a draft: the users of the applicant organisation (the coordinator's side) always;
 * users invited by them as the invitation says. Agency officers see drafts only once submitted (submission).
 */
@Component
public class DraftAccess {

    private final OrganisationRegister organisations;
    private final ApplicationDraftRepository store;

    DraftAccess(OrganisationRegister organisations, ApplicationDraftRepository store) {
        this.organisations = organisations;
        this.store = store;
    }

    public List<String> oidsActedFor(AccountId account) {
        return organisations.oidsActingFor(account).stream().map(Object::toString).toList();
    }

    public boolean isCoordinator(AccountId account, DraftRow draft) {
        return oidsActedFor(account).contains(draft.applicantOid());
    }

    /** Both questions at once, for a request that asks them one after the other: one query, or two for a guest. */
    public Rights rightsOf(AccountId account, DraftRow draft) {
        boolean coordinator = isCoordinator(account, draft);
        return new Rights(coordinator, coordinator ? Optional.empty() : store.accessOf(draft.id(), account));
    }

    public boolean mayView(AccountId account, DraftRow draft) {
        return rightsOf(account, draft).mayView();
    }

    public boolean mayEdit(AccountId account, DraftRow draft) {
        return rightsOf(account, draft).mayEdit();
    }

    /** What an account may do with a draft: as the coordinator's side, or as invited (view or edit). */
    public record Rights(boolean coordinator, Optional<Access> invited) {

        public boolean mayView() {
            return coordinator || invited.isPresent();
        }

        public boolean mayEdit() {
            return coordinator || invited.filter(access -> access == Access.EDIT).isPresent();
        }
    }
}
