package org.atelier.infrastructure.schedule;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.atelier.infrastructure.persistence.BookingDayRollup;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Brings the analytics' daily roll-up up to date every half minute. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class BookingDayRollupTimer {

    private static final Logger LOG = Logger.getLogger(BookingDayRollupTimer.class.getName());

    @Inject
    BookingDayRollup rollup;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void refresh() {
        try {
            rollup.refresh();
        } catch (RuntimeException e) {
            // The next run recomputes what this one could not; a failure must not stop the timer.
            LOG.log(Level.WARNING, "The analytics roll-up could not be brought up to date; trying again shortly", e);
        }
    }
}
