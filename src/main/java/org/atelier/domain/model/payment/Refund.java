package org.atelier.domain.model.payment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * Money going back to a buyer, part or all of one payment. Its amount was reserved on the payment
 * when it was asked for (see {@link RefundRepository#reserve}), so two refunds racing can never
 * give back more than was paid.
 */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @SequenceGenerator(name = "refund_seq", sequenceName = "refund_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    private Long id;

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

    @Column(name = "requested_by")
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Refund() {
        // for JPA
    }

    public Refund(Payment payment, Money amount, String reason, String requestedBy, Instant now) {
        if (amount.isNegative() || amount.isZero()) {
            throw new BookingException("refund.amount.invalid");
        }
        if (reason == null || reason.isBlank()) {
            throw new BookingException("refund.reason.required");
        }
        this.payment = payment;
        this.bookingId = payment.booking().id();
        this.amount = amount;
        this.reason = reason.strip().substring(0, Math.min(reason.strip().length(), 300));
        this.requestedBy = requestedBy;
        this.status = RefundStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The provider accepted the refund; money may take days to arrive. */
    public void accepted(String providerRefundId, Instant now) {
        this.providerRefundId = providerRefundId;
        if (status == RefundStatus.REQUESTED) {
            status = RefundStatus.PENDING;
        }
        updatedAt = now;
    }

    /** Answers whether this changed anything: a repeated report does not. */
    public boolean succeed(Instant now) {
        if (status == RefundStatus.SUCCEEDED || status == RefundStatus.FAILED) {
            return false;
        }
        status = RefundStatus.SUCCEEDED;
        updatedAt = now;
        return true;
    }

    public boolean fail(String why, Instant now) {
        if (status == RefundStatus.SUCCEEDED || status == RefundStatus.FAILED) {
            return false;
        }
        status = RefundStatus.FAILED;
        failureReason = why == null ? "unknown" : why.substring(0, Math.min(why.length(), 300));
        updatedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Payment payment() {
        return payment;
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

    public RefundStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> providerRefundId() {
        return Optional.ofNullable(providerRefundId);
    }

    /** The idempotency key for the provider, from our own id: a retried send never refunds twice. */
    public String idempotencyKey() {
        return "refund-" + id;
    }
}
