package org.atelier.domain.model.payment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/** A buyer's bank disputes a payment; admins see it with its evidence due date until it closes. */
@Entity
@Table(name = "dispute")
public class Dispute {

    public enum Outcome {
        WON,
        LOST
    }

    /** The provider's id of the dispute: it is how every later event finds it. */
    @Id
    private String id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @Column(name = "booking_id")
    private long bookingId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money amount;

    private String reason;
    private String status;

    @Column(name = "evidence_due_by")
    private Instant evidenceDueBy;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Dispute() {
        // for JPA
    }

    public Dispute(Payment payment, DisputeReport report, Instant now) {
        this.id = report.disputeId();
        this.payment = payment;
        this.bookingId = payment.booking().id();
        this.createdAt = now;
        update(report, now);
    }

    /** Takes what the provider says now; a closed dispute keeps its outcome. */
    public void update(DisputeReport report, Instant now) {
        if (outcome != null) {
            return;
        }
        this.amount = report.amount();
        this.reason = report.reason() == null ? "unknown" : report.reason();
        this.status = report.status();
        this.evidenceDueBy = report.evidenceDueBy().orElse(evidenceDueBy);
        this.outcome = report.outcome().orElse(null);
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public long bookingId() {
        return bookingId;
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public String status() {
        return status;
    }

    public Optional<Instant> evidenceDueBy() {
        return Optional.ofNullable(evidenceDueBy);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
