package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.domain.model.shared.Money;
import org.atelier.infrastructure.i18n.Formats;
import org.atelier.infrastructure.time.WorkspaceZone;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
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

    /**
     * " (14:00 Europe/London)" when the visitor's browser is in another zone than the workspace,
     * else nothing. The zone comes from a cookie set by the page's script.
     */
    public String visitorTime(Instant instant) {
        Optional<ZoneId> visitor = visitorZone();
        if (visitor.isEmpty() || visitor.get().getRules().getOffset(instant).equals(zone.getRules().getOffset(instant))) {
            return "";
        }
        return " (" + Formats.time(instant, visitor.get(), localeBacking.getLanguage()) + " " + visitor.get().getId() + ")";
    }

    private Optional<ZoneId> visitorZone() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get("atelier_tz");
        if (!(cookie instanceof Cookie tz)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(URLDecoder.decode(tz.getValue(), StandardCharsets.UTF_8)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
