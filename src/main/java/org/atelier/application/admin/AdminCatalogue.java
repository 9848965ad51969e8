package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.calendar.HostAvailability;
import org.atelier.application.cancellation.BookingCancellation;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.CancellationPolicy;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.atelier.domain.model.workshop.WorkshopRepository;
import org.atelier.domain.model.workshop.WorkshopStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Use cases of the admin's workshop and session pages. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminCatalogue {

    /** How the admin typed the time, so a refusal names it the same way. */
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Resource
    SessionContext caller;

    @Inject
    SessionRepository sessions;

    @Inject
    WorkshopRepository workshops;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingCancellation cancellation;

    @Inject
    Seats seats;

    @Inject
    AccountRepository accounts;

    @Inject
    HostAvailability hostAvailability;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record WorkshopChoice(long id, String title) {
    }

    /** A session as the admin's list shows it: when, what, and how full. */
    public record SessionLine(long id, String workshopTitle, Instant startsAt, String location, int capacity,
                              int seatsTaken, SessionStatus status) {

        public boolean isCancelled() {
            return status == SessionStatus.CANCELLED;
        }
    }

    /** A workshop as the admin's list shows it. */
    public record WorkshopLine(long id, String slug, String title, String category, WorkshopStatus status,
                               Money basePrice, int maxSeatsPerBooking) {
    }

    public List<WorkshopLine> workshops() {
        return workshops.findAll().stream().map(w -> new WorkshopLine(w.id(), w.slug(), w.title(), w.category(), w.status(), w.basePrice(),
                        w.maxSeatsPerBooking())).toList();
    }

    public Workshop workshop(long id) {
        return workshops.findById(id).orElseThrow(() -> new NotFoundException("workshop.unknown"));
    }

    /** The address of the workshop's host account; empty when it has none. */
    public String hostEmail(Workshop workshop) {
        return workshop.hostAccountId().flatMap(accounts::findById).map(Account::email).orElse("");
    }

    /**
     * Saves a new workshop (id null, as a draft) or revises one; answers its id. {@code hostEmail}:
     * the address of the host's account, whose calendar gets the bookings; blank for none.
     */
    public long saveWorkshop(Long id, WorkshopDetails details, Money basePrice, int maxSeatsPerBooking,
                             CancellationPolicy policy, String hostEmail) {
        Instant now = clock.instant();
        Workshop workshop;
        if (id == null) {
            if (workshops.findBySlug(details.slug()).isPresent()) {
                throw new BookingException("workshop.slug.taken", details.slug());
            }
            workshop = new Workshop(details, basePrice, maxSeatsPerBooking, now);
            workshops.add(workshop);
        } else {
            workshop = workshop(id);
            workshop.revise(details, basePrice, maxSeatsPerBooking, now);
        }
        workshop.hostedBy(hostAccount(hostEmail), now);
        workshop.changeCancellationPolicy(policy, now);
        workshops.flush();
        record(id == null ? "CREATE_WORKSHOP" : "REVISE_WORKSHOP", "WORKSHOP", workshop.slug(), null, null, null);
        return workshop.id();
    }

    private Optional<Long> hostAccount(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(account -> account.roles().contains(Role.HOST))
                .orElseThrow(() -> new BookingException("workshop.host.unknown", email.strip()))
                .id());
    }

    public void publish(long workshopId) {
        Workshop workshop = workshop(workshopId);
        String before = workshop.status().name();
        workshop.publish(clock.instant());
        record("PUBLISH_WORKSHOP", "WORKSHOP", workshop.slug(), before, workshop.status().name(), null);
    }

    public void archive(long workshopId) {
        Workshop workshop = workshop(workshopId);
        String before = workshop.status().name();
        workshop.archive(clock.instant());
        record("ARCHIVE_WORKSHOP", "WORKSHOP", workshop.slug(), before, workshop.status().name(), null);
    }

    /**
     * Schedules {@code weeks} sessions, one a week from {@code firstStart} (a wall-clock time in the
     * workspace's zone, so a series keeps its hour across daylight saving). None is scheduled when
     * the host's calendar is busy at any of them. Answers how many.
     */
    public int scheduleWeekly(long workshopId, LocalDateTime firstStart, String location, int capacity, int weeks) {
        if (weeks < 1 || weeks > 104) {
            throw new BookingException("session.weeks.invalid");
        }
        if (location == null || location.isBlank()) {
            throw new BookingException("session.location.required");
        }
        Workshop workshop = workshop(workshopId);
        Instant now = clock.instant();
        List<Instant> starts = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            Instant start = firstStart.plusWeeks(week).atZone(zone).toInstant();
            if (!start.isAfter(now)) {
                throw new BookingException("session.inPast");
            }
            starts.add(start);
        }
        Optional<Instant> clash = hostAvailability.firstClash(workshop, starts);
        if (clash.isPresent()) {
            throw new BookingException("session.hostBusy", WALL_CLOCK.format(LocalDateTime.ofInstant(clash.get(), zone)));
        }
        for (Instant start : starts) {
            sessions.add(workshop.schedule(start, location.strip(), capacity, now));
        }
        record("SCHEDULE_SESSIONS", "WORKSHOP", workshop.slug(), null, weeks + " × " + firstStart, location);
        return weeks;
    }

    /** Never below the seats already taken: the conditional update, and the table's check, refuse it. */
    public void changeCapacity(long sessionId, int capacity) {
        if (capacity < 1) {
            throw new BookingException("session.capacity.invalid", capacity);
        }
        if (!seats.resize(sessionId, capacity)) {
            Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
            throw new BookingException("session.capacity.belowTaken", session.seatsTaken());
        }
        record("CHANGE_CAPACITY", "SESSION", Long.toString(sessionId), null, Integer.toString(capacity), null);
    }

    private void record(String action, String subject, String subjectId, String before, String after, String reason) {
        audit.record(new AuditTrail.Entry(actor(), action, subject, subjectId, null, before, after, reason), clock.instant());
    }

    public List<WorkshopChoice> workshopChoices() {
        return workshops.findAll().stream().map(w -> new WorkshopChoice(w.id(), w.title()))
                .sorted(Comparator.comparing(WorkshopChoice::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Sessions from yesterday on, soonest first. */
    public List<SessionLine> upcomingSessions() {
        return sessions.findStartingFrom(clock.instant().minus(Duration.ofDays(1)), 500).stream()
                .map(s -> new SessionLine(s.id(), s.workshop().title(), s.startsAt(), s.location(), s.capacity(),
                        s.seatsTaken(), s.status()))
                .toList();
    }

    /**
     * Cancels a session: nobody can book it any more, each booking that held seats is cancelled,
     * refunded in full through the refund use case when it was paid, and its buyer is told.
     * Answers how many bookings were cancelled.
     */
    public int cancelSession(long sessionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BookingException("refund.reason.required");
        }
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
        // New holds take this lock too: none can slip in between the cancellation and its bookings.
        sessions.lockSeatCount(sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new BookingException("session.cancelled");
        }
        Instant now = clock.instant();
        session.cancel();
        List<Booking> affected = bookings.findHoldingSeats(sessionId);
        for (Booking booking : affected) {
            cancellation.cancel(booking, BookingCancellation.Request.withFullRefund(reason, actor()));
        }
        audit.record(new AuditTrail.Entry(actor(), "CANCEL_SESSION", "SESSION", Long.toString(sessionId), null,
                "SCHEDULED", "CANCELLED", reason + " (" + affected.size() + " bookings)"), now);
        return affected.size();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
