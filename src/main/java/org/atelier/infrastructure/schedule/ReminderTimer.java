package org.atelier.infrastructure.schedule;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.atelier.infrastructure.outbox.ReminderPlanner;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Plans the reminders that have come due, every minute; the outbox sends them. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    ReminderPlanner planner;

    @Schedule(hour = "*", minute = "*", second = "7", persistent = false)
    void plan() {
        try {
            planner.planDue();
        } catch (RuntimeException e) {
            // The next run plans what this one could not: a due reminder stays due until its session starts.
            LOG.log(Level.WARNING, "Reminders could not be planned; trying again in a minute", e);
        }
    }
}
