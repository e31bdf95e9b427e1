package eu.sadarbe.applications;

/** What an invited user may do with an application. */
public enum Access {
    VIEW, EDIT
}
