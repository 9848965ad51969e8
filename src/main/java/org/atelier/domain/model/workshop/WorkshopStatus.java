package org.atelier.domain.model.workshop;

public enum WorkshopStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
