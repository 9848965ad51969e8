package org.atelier.domain.model.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.appointment.TimeSpan;
import org.atelier.domain.model.shared.BookingException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated occurrence of a workshop with a fixed number of seats. Seats are taken and given back
 * only by conditional updates of its row (see {@link SessionRepository#takeSeats}), never on this
 * object, so that buyers racing for the last seat are decided by the database.
 */
@Entity
@Table(name = "session")
public class Session {

    @Id
    @SequenceGenerator(name = "session_seq", sequenceName = "session_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String location;
    private int capacity;

    @Column(name = "seats_taken")
    private int seatsTaken;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    /** An appointment's host, and the time it keeps them busy (its own, widened by their buffers). */
    @Column(name = "host_account_id")
    private Long hostAccountId;

    @Column(name = "blocked_from")
    private Instant blockedFrom;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected Session() {
        // for JPA
    }

    Session(Workshop workshop, Instant startsAt, Instant endsAt, String location, int capacity, Instant now) {
        if (capacity < 1) {
            throw new BookingException("session.capacity.invalid", capacity);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new BookingException("session.times.invalid");
        }
        this.workshop = Objects.requireNonNull(workshop);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.capacity = capacity;
        this.seatsTaken = 0;
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = now;
    }

    void keepHostBusy(long hostAccountId, Duration bufferBefore, Duration bufferAfter) {
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("Buffers are not negative");
        }
        this.hostAccountId = hostAccountId;
        this.blockedFrom = startsAt.minus(bufferBefore);
        this.blockedUntil = endsAt.plus(bufferAfter);
    }

    /** Whether this is an appointment (one visitor with one host) rather than a workshop's session. */
    public boolean isAppointment() {
        return hostAccountId != null;
    }

    /** The time an appointment keeps its host busy (its own, with their buffers); empty for a workshop's session. */
    public Optional<TimeSpan> blockedTime() {
        return isAppointment() ? Optional.of(new TimeSpan(blockedFrom, blockedUntil)) : Optional.empty();
    }

    /** The host of an appointment; empty for a workshop's session. */
    public Optional<Long> appointmentHost() {
        return Optional.ofNullable(hostAccountId);
    }

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    public boolean isFull() {
        return seatsLeft() == 0;
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Open for booking: scheduled, not started, and a published workshop. */
    public boolean isBookableAt(Instant now) {
        return status == SessionStatus.SCHEDULED && !hasStartedAt(now) && workshop.isPublished();
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public Workshop workshop() {
        return workshop;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String location() {
        return location;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public SessionStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
