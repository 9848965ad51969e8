package org.atelier.domain.model.booking;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PriceSnapshot;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.CancellationPolicy;

import java.time.Instant;

/**
 * What was agreed when the booking was made: how many seats, what they cost, how that price was decided, and
 * the cancellation terms. Kept with the booking, so later changes to prices, rules or the
 * workshop's terms never reach it.
 */
@Embeddable
public class BookingTerms {

    @Column(name = "quantity")
    private int seats;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
    private Money total;

    @Embedded
    private PriceSnapshot price;

    @Embedded
    private CancellationPolicy cancellationPolicy;

    protected BookingTerms() {
        // for JPA
    }

    BookingTerms(int seats, PriceQuote quote, CancellationPolicy cancellationPolicy) {
        if (seats < 1 || quote.quantity() != seats) {
            throw new BookingException("booking.quantity.invalid", seats);
        }
        if (quote.total().isNegative()) {
            throw new BookingException("booking.total.negative");
        }
        this.seats = seats;
        this.total = quote.total();
        this.price = quote.snapshot();
        this.cancellationPolicy = cancellationPolicy.copy();
    }

    /**
     * Gives back {@code returned} seats, keeping one at least. The seats kept cost what they would
     * have as the booking was priced, never more than the booking cost before: giving seats back
     * never makes a booking dearer.
     */
    void giveBack(int returned) {
        total = totalWithout(returned);
        seats -= returned;
    }

    /** What the booking will cost once {@code returned} seats are given back; refused below one seat. */
    public Money totalWithout(int returned) {
        if (returned < 1 || returned >= seats) {
            throw new BookingException("booking.giveBack.invalid", seats - 1);
        }
        Money kept = Money.of(price.amountForFewer(seats - returned), total.currency());
        return kept.isGreaterThan(total) ? total : kept;
    }

    /**
     * Until when a booking starting at {@code start} may move: a free one until the start, as it
     * cancels; a paid one while its terms give anything back.
     */
    public Instant changesUntil(Instant start) {
        return total.isZero() ? start : cancellationPolicy.changesUntil(start);
    }

    public int seats() {
        return seats;
    }

    /** What the seats the buyer holds cost: the total charged, less the seats given back since. */
    public Money total() {
        return total;
    }

    /** How the price was decided when it was booked; never recomputed. */
    public PriceSnapshot price() {
        return price;
    }

    /** The cancellation terms in force when it was booked; never the workshop's later ones. */
    public CancellationPolicy cancellationPolicy() {
        return cancellationPolicy;
    }
}
