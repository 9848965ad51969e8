package org.atelier.domain.model.waitlist;

/** Where a place in line stands: waiting, offered seats (as a held booking), or given up. */
public enum WaitlistState {
    WAITING,
    OFFERED,
    LEFT
}
