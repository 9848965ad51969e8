package org.atelier.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Time comes from one injected clock so that tests can fix it; the workspace's zone decides how
 * times are shown (the database stores instants).
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "atelier.zone", defaultValue = "Europe/Amsterdam")
    String zone;

    @Produces
    Clock clock() {
        return Clock.system(workspaceZone());
    }

    @Produces
    @WorkspaceZone
    ZoneId workspaceZone() {
        return ZoneId.of(zone);
    }
}
