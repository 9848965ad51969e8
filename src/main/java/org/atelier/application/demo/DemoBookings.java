package org.atelier.application.demo;

import org.atelier.application.booking.Seats;
import org.atelier.application.payment.SandboxPayments;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.Attendance;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's visitors booking a session the way real ones do, at moments in the past: priced by
 * the live rules (resident artists among them), paid in the sandbox a minute or two after the
 * hold, some holds left unpaid, some bookings cancelled and refunded, and, once a session is over,
 * who came. One seeded {@link Random} makes the same history on every first start.
 */
final class DemoBookings {

    private static final String[] FIRST_NAMES = {"Anouk", "Bram", "Chloé", "Daan", "Emma", "Finn", "Hanna", "Ilse",
            "Jesse", "Kiki", "Lars", "Maud", "Niels", "Olivia", "Pieter", "Roos", "Sanne", "Thijs", "Vera", "Yara"};
    private static final String[] LAST_NAMES = {"Bos", "Dekker", "Hendriks", "Jacobs", "Kok", "Meijer", "Mulder",
            "Peters", "Smit", "van Dijk", "van Leeuwen", "Verhoeven", "Visser", "de Wit"};
    private static final String REQUESTED_BY = "admin@atelier.example";

    /** A refund to ask for once the payments are written, when the payment's row can be reserved on. */
    private record RefundDue(Payment payment, Money amount, String reason, Instant at) {
    }

    private final BookingRepository bookings;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PriceList prices;
    private final Random random;
    private final Instant now;
    private final List<RefundDue> refundsDue = new ArrayList<>();
    private final Map<Session, Integer> booked = new LinkedHashMap<>();
    private int buyers;

    DemoBookings(BookingRepository bookings, PaymentRepository payments, RefundRepository refunds, PriceList prices,
                 Random random, Instant now) {
        this.bookings = bookings;
        this.payments = payments;
        this.refunds = refunds;
        this.prices = prices;
        this.random = random;
        this.now = now;
    }

    /**
     * Books about {@code share} of a session that is over (give or take 15 %), in bookings made
     * up to four weeks before it: one in ten holds goes unpaid, about one in fifteen paid bookings
     * is cancelled and refunded before the day (and its seats booked by others), a few groups get
     * one seat's money back, and nine in ten of those who booked came.
     */
    void fillPast(Session session, double share) {
        int seatsToFill = (int) Math.round(session.capacity() * Math.min(1, share * (0.85 + 0.3 * random.nextDouble())));
        Instant start = session.startsAt();
        while (seatsToFill > 0) {
            int quantity = quantity(session, seatsToFill);
            Instant madeAt = start.minus(Duration.ofMinutes(360 + random.nextInt(60 * 24 * 27)));
            int roll = random.nextInt(100);
            PricedBuyer buyer = buyer();
            PriceQuote quote = prices.quote(PricedWorkshop.of(session.workshop()), quantity, buyer, madeAt);
            Booking booking = hold(session, quantity, quote, madeAt);
            if (quote.total().isZero()) {
                booking.confirm(madeAt);
            } else if (roll < 10) {
                booking.abandon(madeAt.plus(Duration.ofMinutes(30)));
                continue;
            } else {
                Payment payment = pay(booking, madeAt);
                if (roll < 16) {
                    Instant cancelledAt = madeAt.plus(Duration.between(madeAt, start).dividedBy(2));
                    booking.cancel(cancelledAt);
                    booking.refundFully(cancelledAt);
                    refundsDue.add(new RefundDue(payment, booking.total(), "Cannot come after all", cancelledAt));
                    continue;
                }
                if (roll < 20 && quantity > 1) {
                    Instant dayBefore = start.minus(Duration.ofDays(1));
                    booking.refundPartially(dayBefore);
                    refundsDue.add(new RefundDue(payment, Money.of(booking.total().amount() / quantity,
                            booking.total().currency()), "One of the group could not come", dayBefore));
                }
            }
            booked.merge(session, quantity, Integer::sum);
            seatsToFill -= quantity;
            booking.recordAttendance(random.nextInt(10) < 9 ? Attendance.ATTENDED : Attendance.NO_SHOW, session.endsAt());
        }
    }

    /** Books {@code seats} of an upcoming session in bookings made over the last three weeks. */
    void fillUpcoming(Session session, int seats) {
        while (seats > 0) {
            int quantity = quantity(session, seats);
            Instant madeAt = now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 21)));
            Booking booking = hold(session, quantity,
                    prices.quote(PricedWorkshop.of(session.workshop()), quantity, buyer(), madeAt), madeAt);
            if (booking.total().isZero()) {
                booking.confirm(madeAt);
            } else {
                pay(booking, madeAt);
            }
            booked.merge(session, quantity, Integer::sum);
            seats -= quantity;
        }
    }

    /**
     * Takes the seats of the bookings made, once their sessions are written, as every hold takes
     * them: by a conditional update that refuses to overbook (one for all sessions at once).
     */
    void takeBookedSeats(Seats seats) {
        Map<Long, Integer> seatsBySession = new LinkedHashMap<>();
        booked.forEach((session, quantity) -> seatsBySession.put(session.id(), quantity));
        if (!seats.takeAll(seatsBySession)) {
            throw new IllegalStateException("The demo history overbooks a session");
        }
    }

    /** Asks for the refunds, each reserved on its payment as every refund is, and settles them at once. */
    void refundWhatWasCancelled() {
        for (RefundDue due : refundsDue) {
            if (!refunds.reserve(due.payment(), due.amount())) {
                throw new IllegalStateException("A demo refund exceeds its payment");
            }
            Refund refund = new Refund(due.payment(), due.amount(), due.reason(), REQUESTED_BY, due.at());
            refunds.add(refund);
            refund.succeed(due.at().plus(Duration.ofMinutes(2)));
        }
    }

    private Booking hold(Session session, int quantity, PriceQuote quote, Instant madeAt) {
        buyers++;
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String email = (first + "." + last).toLowerCase().replace(' ', '.').replace("é", "e") + buyers + "@example.org";
        BookingParty party = new BookingParty(new Buyer(first + " " + last, email), List.of(),
                random.nextInt(3) == 0 ? "en" : "nl");
        Booking booking = Booking.hold(session, quantity, party, quote, madeAt.plus(Duration.ofMinutes(30)), null, madeAt);
        bookings.add(booking);
        return booking;
    }

    private Payment pay(Booking booking, Instant madeAt) {
        String checkoutId = "sandbox_demo_" + booking.reference();
        Instant paidAt = madeAt.plus(Duration.ofSeconds(60 + random.nextInt(300)));
        booking.startCheckout(SandboxPayments.PROVIDER, checkoutId, madeAt.plus(Duration.ofSeconds(30)));
        booking.confirm(paidAt);
        Payment payment = new Payment(booking,
                new ReceivedPayment(SandboxPayments.PROVIDER, checkoutId, null, booking.total()), paidAt);
        payments.add(payment);
        return payment;
    }

    /** Mostly one or two seats; now and then the largest group the workshop takes. */
    private int quantity(Session session, int seatsLeft) {
        int most = Math.min(seatsLeft, session.workshop().maxSeatsPerBooking());
        int roll = random.nextInt(10);
        return roll < 5 ? 1 : roll < 9 ? Math.min(2, most) : most;
    }

    /** Half are guests, a third signed-in visitors, the rest resident artists. */
    private PricedBuyer buyer() {
        int roll = random.nextInt(6);
        return roll < 3 ? PricedBuyer.ANONYMOUS
                : roll < 5 ? PricedBuyer.withRoles(Set.of(Role.VISITOR))
                : PricedBuyer.withRoles(Set.of(Role.VISITOR, Role.RESIDENT_ARTIST));
    }
}
