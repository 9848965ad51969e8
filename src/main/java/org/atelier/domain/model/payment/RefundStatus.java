package org.atelier.domain.model.payment;

/** A refund as the provider moves it: asked for, accepted and under way, done, or refused. */
public enum RefundStatus {
    REQUESTED,
    PENDING,
    SUCCEEDED,
    FAILED
}
