package eu.sadarbe.calls;

/** ERROR: the document breaks the rule and may not be submitted; WARNING: the rule changed its figures. */
public enum Severity {
    ERROR,
    WARNING
}
