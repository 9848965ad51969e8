package org.atelier.infrastructure.schedule;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.atelier.application.booking.HoldExpiryService;

/** Gives expired holds' seats back every few seconds. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class HoldExpiryTimer {

    private static final int BATCH = 100;

    @Inject
    HoldExpiryService holds;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void expire() {
        while (holds.expireDueHolds(BATCH) == BATCH) {
            // a full batch suggests more are waiting
        }
    }
}
