package eu.sadarbe.applications.document;

/** The Key Action 2 action types an application document may name (shared API document §1). */
public enum ActionTypeCode {
    KA201, KA202, KA203, KA204, KA205, KA229
}
