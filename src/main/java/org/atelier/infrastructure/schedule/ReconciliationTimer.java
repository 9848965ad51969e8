package org.atelier.infrastructure.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.atelier.application.payment.ReconciliationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks the payment provider about overdue checkouts every ATELIER_RECONCILE_SECONDS (default 60). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReconciliationTimer {

    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    @ConfigProperty(name = "atelier.reconcile-seconds", defaultValue = "60")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        long millis = intervalSeconds * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    @Timeout
    void reconcile() {
        reconciliation.reconcile(BATCH);
    }
}
