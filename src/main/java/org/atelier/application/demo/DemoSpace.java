package org.atelier.application.demo;

/**
 * What loading the demo needs from the database beyond the repositories: a part of the workspace
 * is locked while it is checked for emptiness and filled, so that two instances starting at once
 * load it once (the second waits, finds it filled and skips).
 */
public interface DemoSpace {

    /** Locks the workshops until the transaction ends. */
    void lockWorkshops();

    /** Locks the accounts until the transaction ends; answers whether there are neither accounts nor pricing rules. */
    boolean lockAccountsIfEmpty();

    /** Locks the bookings until the transaction ends; answers whether there are none. */
    boolean lockBookingsIfEmpty();

    /** Writes pending changes now, so that what follows reads them. */
    void flush();

    /** The analytics' daily roll-up starts again from the first day: old days were added. */
    void rebuildAnalytics();
}
