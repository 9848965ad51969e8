package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.domain.model.shared.Money;
import org.atelier.infrastructure.i18n.Formats;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.time.Instant;
import java.time.ZoneId;

/** Dates and money on the pages, in the visitor's language and the workspace's zone. */
@Named
@RequestScoped
public class DisplayFormat {

    @Inject
    LocaleBacking localeBacking;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, zone, localeBacking.getLanguage());
    }

    public String longDateTime(Instant instant) {
        return Formats.longDateTime(instant, zone, localeBacking.getLanguage());
    }

    public String time(Instant instant) {
        return Formats.time(instant, zone, localeBacking.getLanguage());
    }

    public String money(Money money) {
        return Formats.money(money, localeBacking.getLanguage());
    }

    public String zoneName() {
        return zone.getId();
    }
}
