package eu.sadarbe.payments.domain;

/** A payment order is due until the agency records it paid; a pre-financing not paid when the final grant is settled is cancelled. */
public enum OrderState {
    DUE, MADE, CANCELLED
}
