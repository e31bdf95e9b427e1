package eu.sadarbe.selection.domain;

import eu.sadarbe.applications.ApplicationId;

/**
 * The officer issued the decision letter of an application; it is made and e-mailed after commit, and retried when
 * sending fails.
 */
public record DecisionLetterIssued(ApplicationId applicationId, String language) {
}
