package org.atelier.domain.model.workshop;

public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
