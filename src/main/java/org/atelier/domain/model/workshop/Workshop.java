package org.atelier.domain.model.workshop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A workshop as the catalogue offers it; its dated occurrences are {@link Session}s. */
@Entity
@Table(name = "workshop")
public class Workshop {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    @SequenceGenerator(name = "workshop_seq", sequenceName = "workshop_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_seq")
    private Long id;

    @Version
    private long version;

    private String slug;
    private String title;
    private String description;

    @Column(name = "title_nl")
    private String titleNl;

    @Column(name = "description_nl")
    private String descriptionNl;

    private String category;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "image_path")
    private String imagePath;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "base_price_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "base_price_currency"))
    })
    private Money basePrice;

    @Column(name = "max_seats_per_booking")
    private int maxSeatsPerBooking;

    @Embedded
    private CancellationPolicy cancellationPolicy = CancellationPolicy.standard();

    /** The host's own account, when the host has one: its calendar gets the bookings. */
    @Column(name = "host_account_id")
    private Long hostAccountId;

    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    @Enumerated(EnumType.STRING)
    private WorkshopKind kind = WorkshopKind.WORKSHOP;

    /** Where a service's appointments take place; a workshop's sessions each say where they are. */
    private String location;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Workshop() {
        // for JPA
    }

    /** A new workshop starts as a draft: nobody can book it until it is published. */
    public Workshop(WorkshopDetails details, Money basePrice, int maxSeatsPerBooking, Instant now) {
        revise(details, basePrice, maxSeatsPerBooking, now);
        this.status = WorkshopStatus.DRAFT;
        this.createdAt = now;
    }

    /** New words, price or limit; sessions keep their times, bookings keep their price snapshots. */
    public final void revise(WorkshopDetails details, Money newBasePrice, int newMaxSeatsPerBooking, Instant now) {
        requireSlug(details.slug());
        BilingualText titles = details.title();
        if (titles.english().isEmpty() || titles.english().length() > 160) {
            throw new BookingException("workshop.title.invalid");
        }
        if (titles.dutchText().map(String::length).orElse(0) > 160) {
            throw new BookingException("workshop.titleNl.invalid");
        }
        if (newBasePrice.isNegative()) {
            throw new BookingException("workshop.price.negative");
        }
        if (newMaxSeatsPerBooking < 1) {
            throw new BookingException("workshop.maxSeats.invalid");
        }
        if (details.duration().isNegative() || details.duration().isZero()) {
            throw new BookingException("workshop.duration.invalid");
        }
        this.slug = details.slug();
        this.title = titles.english();
        this.titleNl = titles.dutchText().orElse(null);
        BilingualText descriptions = details.description() == null ? BilingualText.english("") : details.description();
        this.description = descriptions.english();
        this.descriptionNl = descriptions.dutchText().orElse(null);
        this.category = details.category();
        this.hostName = details.hostName();
        this.imagePath = details.imagePath();
        this.durationMinutes = Math.toIntExact(details.duration().toMinutes());
        this.basePrice = newBasePrice;
        this.maxSeatsPerBooking = newMaxSeatsPerBooking;
        this.updatedAt = now;
    }

    public WorkshopDetails details() {
        return new WorkshopDetails(slug, titles(), descriptions(), category, hostName, imagePath, duration());
    }

    private static void requireSlug(String slug) {
        if (slug == null || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            throw new BookingException("workshop.slug.invalid", String.valueOf(slug));
        }
    }

    public void publish(Instant now) {
        if (status == WorkshopStatus.ARCHIVED) {
            throw new BookingException("workshop.archived", slug);
        }
        status = WorkshopStatus.PUBLISHED;
        updatedAt = now;
    }

    public void archive(Instant now) {
        status = WorkshopStatus.ARCHIVED;
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == WorkshopStatus.PUBLISHED;
    }

    /** A new service starts as a draft, as a workshop does; its sessions are the appointments visitors make. */
    public static Workshop service(WorkshopDetails details, Money basePrice, String location, Instant now) {
        Workshop service = new Workshop(details, basePrice, 1, now);
        service.kind = WorkshopKind.SERVICE;
        service.moveTo(location, now);
        return service;
    }

    /** Where the service's appointments take place from now on; those made keep theirs. */
    public void moveTo(String newLocation, Instant now) {
        if (newLocation == null || newLocation.isBlank() || newLocation.strip().length() > 160) {
            throw new BookingException("service.location.invalid");
        }
        this.location = newLocation.strip();
        this.updatedAt = now;
    }

    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    public WorkshopKind kind() {
        return kind;
    }

    public boolean isService() {
        return kind == WorkshopKind.SERVICE;
    }

    /**
     * An appointment with {@code hostAccountId} at {@code startsAt}, lasting the service's duration:
     * a session of one seat that keeps the host busy from {@code bufferBefore} before it until
     * {@code bufferAfter} after it (the database refuses a second one over that time).
     */
    public Session appointment(long hostAccountId, Instant startsAt, Duration bufferBefore, Duration bufferAfter,
                               Instant now) {
        if (!isService()) {
            throw new BookingException("service.unknown");
        }
        Session session = new Session(this, startsAt, startsAt.plus(duration()), location, 1, now);
        session.keepHostBusy(hostAccountId, bufferBefore, bufferAfter);
        return session;
    }

    /** Schedules a dated occurrence; its end follows from the workshop's duration. */
    public Session schedule(Instant startsAt, String location, int capacity, Instant now) {
        return new Session(this, startsAt, startsAt.plus(duration()), location, capacity, now);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** The English title: the one admins and hosts read. */
    public String title() {
        return title;
    }

    /** What visitors read, in their language where an admin wrote it. */
    public BilingualText titles() {
        return new BilingualText(title, titleNl);
    }

    public BilingualText descriptions() {
        return new BilingualText(description, descriptionNl);
    }

    public String category() {
        return category;
    }

    public String hostName() {
        return hostName;
    }

    public Optional<Long> hostAccountId() {
        return Optional.ofNullable(hostAccountId);
    }

    /** Who hosts it in Atelier (empty: a host without an account); the caller checks the account is a host's. */
    public void hostedBy(Optional<Long> accountId, Instant now) {
        this.hostAccountId = accountId.orElse(null);
        this.updatedAt = now;
    }

    public String imagePath() {
        return imagePath;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Money basePrice() {
        return basePrice;
    }

    /** The terms on which bookings made from now on may be cancelled; bookings made keep their own copy. */
    public CancellationPolicy cancellationPolicy() {
        return cancellationPolicy;
    }

    public void changeCancellationPolicy(CancellationPolicy policy, Instant now) {
        this.cancellationPolicy = policy.copy();
        this.updatedAt = now;
    }

    public int maxSeatsPerBooking() {
        return maxSeatsPerBooking;
    }

    public WorkshopStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workshop other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
