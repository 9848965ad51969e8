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
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/** Money a provider reports received for a booking, once per checkout. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id")
    private Booking booking;

    private String provider;

    @Column(name = "checkout_id")
    private String checkoutId;

    @Column(name = "provider_payment_id")
    private String providerPaymentId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    })
    private Money amount;

    /** Changed only by RefundRepository's conditional updates, which keep it within the amount. */
    @Column(name = "refunded_amount")
    private long refundedAmount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Payment() {
        // for JPA
    }

    public Payment(Booking booking, ReceivedPayment received, Instant now) {
        this.booking = booking;
        this.provider = received.provider();
        this.checkoutId = received.checkoutId();
        this.providerPaymentId = received.providerPaymentId();
        this.amount = received.amount();
        this.status = PaymentStatus.SUCCEEDED;
        this.paidAt = now;
        this.createdAt = now;
    }

    /** The buyer's bank took the payment into dispute. */
    public void disputed() {
        status = PaymentStatus.DISPUTED;
    }

    /** A dispute closed in our favour: the money stays. */
    public void disputeWon() {
        if (status == PaymentStatus.DISPUTED) {
            status = PaymentStatus.SUCCEEDED;
        }
    }

    public Long id() {
        return id;
    }

    public Booking booking() {
        return booking;
    }

    public String provider() {
        return provider;
    }

    public String checkoutId() {
        return checkoutId;
    }

    public Optional<String> providerPaymentId() {
        return Optional.ofNullable(providerPaymentId);
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
