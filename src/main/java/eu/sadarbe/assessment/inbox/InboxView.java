package eu.sadarbe.assessment.inbox;

import java.util.List;

/** The inbox as the officer sees it: one page of applications and the choices the filters offer. */
public record InboxView(String agency, InboxPage page, List<String> rounds, List<String> actionTypes,
                        InboxFilter filter) {
}
