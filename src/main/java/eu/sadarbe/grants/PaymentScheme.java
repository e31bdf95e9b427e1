package eu.sadarbe.grants;

/**
 * How the agency pays the grant, chosen per agreement (R-PAY-01). The shares are rule figures by call year.
 */
public enum PaymentScheme {
    /** One pre-financing (80 %) and the balance (20 %) after the final report. */
    ONE_PREFINANCING,
    /** One pre-financing paid in two instalments, then the balance. */
    PREFINANCING_IN_TWO_INSTALMENTS,
    /** 40 % + 40 % + 20 %: the second pre-financing after an approved interim report (R-PAY-02). */
    TWO_PREFINANCINGS_WITH_INTERIM_REPORT
}
