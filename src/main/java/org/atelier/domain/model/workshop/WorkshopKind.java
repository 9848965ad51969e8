package org.atelier.domain.model.workshop;

/**
 * What is offered: a group workshop with dated sessions of many seats, or a service (studio time,
 * a review, mentoring) whose sessions are appointments of one seat, made when a visitor picks a
 * time with one of its hosts.
 */
public enum WorkshopKind {
    WORKSHOP,
    SERVICE
}
