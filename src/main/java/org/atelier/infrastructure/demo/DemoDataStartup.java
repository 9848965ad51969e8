package org.atelier.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.demo.DemoAccountsService;
import org.atelier.application.demo.DemoDataService;
import org.atelier.application.demo.DemoHistoryService;
import org.atelier.application.demo.DemoStudioService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Loads the demo workspace at start when ATELIER_DEMO_DATA is true (the run command sets it): the
 * catalogue when it is empty, the people and prices when there are none, and a year of bookings
 * when there are none; a real deployment starts with an empty catalogue.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "atelier.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDataService demoData;

    @Inject
    DemoAccountsService demoAccounts;

    @Inject
    DemoHistoryService demoHistory;

    @Inject
    DemoStudioService demoStudio;

    @PostConstruct
    void load() {
        if (enabled && demoData.loadIfCatalogueEmpty()) {
            LOG.info("Loaded the demo workshops into the empty catalogue");
        }
        if (enabled && demoAccounts.loadIfNone()) {
            LOG.info("Loaded the demo accounts and pricing rules (sign-in details are in README)");
        }
        // After the rules: the history's bookings are priced by them.
        if (enabled && demoHistory.loadIfNoBookings()) {
            LOG.info("Loaded a year of demo bookings, payments, refunds and attendance");
        }
        // Its own check: a workspace loaded before studio time existed gets the studio too.
        if (enabled && demoStudio.loadIfNone()) {
            LOG.info("Loaded the demo studio: two hosts, three services, a dozen appointments");
        }
    }
}
