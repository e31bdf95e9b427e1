package eu.sadarbe.accounts;

import eu.sadarbe.shared.Refusal;

/** Only an account with the role may do this (e.g. change the decision letters' texts: administrators). 403. */
public class RoleRequired extends RuntimeException implements Refusal {

    public RoleRequired(Role role) {
        super("Only for the role " + role);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "accounts.problem.roleRequired";
    }
}
