package org.atelier.infrastructure.schedule;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.atelier.infrastructure.outbox.OutboxDispatcher;

/** Looks for due outbox work every few seconds. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class OutboxRelay {

    private static final int BATCH = 20;

    @Inject
    OutboxDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void relay() {
        while (dispatcher.dispatchDue(BATCH) == BATCH) {
            // a full batch suggests more is waiting
        }
    }
}
