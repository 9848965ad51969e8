package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.format.Formats;
import org.atelier.application.format.PolicyWording;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.CancellationPolicy;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Dates and money on the pages, in the visitor's language and the workspace's zone. */
@Named
@RequestScoped
public class DisplayFormat {

    @Inject
    LocaleBacking localeBacking;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    @Inject
    Clock clock;

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, zone, localeBacking.getLanguage());
    }

    public String longDateTime(Instant instant) {
        return Formats.longDateTime(instant, zone, localeBacking.getLanguage());
    }

    public String day(LocalDate day) {
        return Formats.day(day, localeBacking.getLanguage());
    }

    public String time(Instant instant) {
        return Formats.time(instant, zone, localeBacking.getLanguage());
    }

    /** The cancellation terms of a session with their deadlines, in the workspace's zone. */
    public String policy(CancellationPolicy policy, Instant start, boolean free) {
        PolicyWording.Sentence sentence = PolicyWording.of(policy, start, free);
        Object[] arguments = sentence.arguments().stream()
                .map(argument -> argument instanceof Instant at ? dateTime(at) : argument).toArray();
        return Messages.text(FacesContext.getCurrentInstance(), sentence.key(), arguments);
    }

    public String money(Money money) {
        return Formats.money(money, localeBacking.getLanguage());
    }

    /**
     * Roles as the price snapshot and the analytics keep them ("VISITOR,RESIDENT_ARTIST"), in words:
     * "Visitor, Resident artist"; none at all reads "Guest".
     */
    public String roles(String codes) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (codes == null || codes.isBlank()) {
            return Messages.text(faces, "admin.booking.guest");
        }
        return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> Messages.text(faces, "role.one." + code)).collect(Collectors.joining(", "));
    }

    /** A share as a percentage with one decimal, in the visitor's language: "85.0%", "85,0%". */
    public String percent(double rate) {
        return String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f%%", rate * 100);
    }

    /** Words an admin entered, in the visitor's language where they wrote it in that language. */
    public String text(BilingualText text) {
        return text == null ? "" : text.in(localeBacking.getLanguage());
    }

    /** The workspace's zone as people say it: "Amsterdam time", "Nederlandse tijd". */
    public String zoneName() {
        return zoneWords(zone);
    }

    /**
     * "Times are in Amsterdam time.", and when the visitor's browser keeps another clock: "...; your
     * own time (British Time) is shown in brackets."
     */
    public String timesIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return visitorZone().filter(visitor -> !sameClock(visitor))
                .map(visitor -> Messages.text(faces, "book.timesInAndYours", zoneName(), zoneWords(visitor)))
                .orElseGet(() -> Messages.text(faces, "book.timesIn", zoneName()));
    }

    /** A named zone in the visitor's words; others by the name the locale gives them ("British Time"). */
    private String zoneWords(ZoneId id) {
        String named = Messages.text(FacesContext.getCurrentInstance(), "zone." + id.getId());
        return named.equals("zone." + id.getId())
                ? id.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(localeBacking.getLanguage())) : named;
    }

    /** Whether the visitor's clock reads like the workspace's, summer and winter (Paris and Amsterdam do). */
    private boolean sameClock(ZoneId visitor) {
        Instant now = clock.instant();
        return Stream.of(now, now.plus(Duration.ofDays(182))).allMatch(at ->
                visitor.getRules().getOffset(at).equals(zone.getRules().getOffset(at)));
    }

    /**
     * " (14:00 British Time)" when the visitor's browser is in another zone than the workspace,
     * else nothing. The zone comes from a cookie set by the page's script.
     */
    public String visitorTime(Instant instant) {
        Optional<ZoneId> visitor = visitorZone();
        if (visitor.isEmpty() || visitor.get().getRules().getOffset(instant).equals(zone.getRules().getOffset(instant))) {
            return "";
        }
        String time = Formats.time(instant, visitor.get(), localeBacking.getLanguage());
        return " (" + time + " " + zoneWords(visitor.get()) + ")";
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
