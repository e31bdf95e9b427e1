package eu.sadarbe.accounts;

/** What a person may do in Sadarbe. */
public enum Role {
    /** Acts for one or more organisations: registers them, drafts and submits applications. */
    APPLICANT,
    /** Works at one National Agency: checks, assesses and selects the applications routed to it. */
    NA_OFFICER,
    /** Scores the applications assigned to them. */
    EXPERT,
    /** Keeps the programme's reference data and rule figures correct. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
