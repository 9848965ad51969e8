package org.atelier.domain.model.payment;

public enum PaymentStatus {
    SUCCEEDED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    DISPUTED
}
