package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.BookingQueryService;
import org.atelier.application.RefundService;
import org.atelier.domain.model.booking.Attendance;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.infrastructure.audit.AuditLog;
import org.atelier.infrastructure.outbox.Outbox;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Use cases of the admin's bookings pages. Every action names the version of the booking the
 * admin saw: if another admin changed it since, the action is refused ("this booking changed,
 * reload"), and a refund can never be given twice.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminBookings {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    BookingSearch search;

    @Inject
    BookingTimeline timeline;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingQueryService queries;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundService refundService;

    @Inject
    SessionRepository sessions;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public BookingPage page(BookingFilter filter, BookingSort sort, int first, int pageSize) {
        return search.page(filter, sort, first, pageSize);
    }

    public List<BookingRow> rows(BookingFilter filter, BookingSort sort, int first, int pageSize) {
        return search.rows(filter, sort, first, pageSize);
    }

    public int count(BookingFilter filter) {
        return search.count(filter);
    }

    /** Streams outside any transaction: a long export holds no locks and no transaction open. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void exportCsv(BookingFilter filter, BookingSort sort, Writer out) throws IOException {
        search.exportCsv(filter, sort, out);
    }

    public Optional<AdminBookingDetail> detail(String reference) {
        // The timeline is read before the booking: a refund settling in between then still shows as
        // settling (the page looks again) rather than as settled beside the booking's older state.
        List<?> ids = em.createNativeQuery("select id from booking where reference = ?1").setParameter(1, reference)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEntry> history = timeline.of(((Number) ids.get(0)).longValue());
        return bookings.findByReference(reference).flatMap(booking -> queries.findForAdmin(reference)
                .map(view -> {
                    List<Payment> paid = payments.findByBooking(booking.id());
                    Money zero = Money.zero(booking.total().currency());
                    Money paidTotal = paid.stream().map(Payment::amount).reduce(zero, Money::plus);
                    Money refundable = paid.stream().map(refunds::refundable).reduce(zero, Money::plus);
                    return new AdminBookingDetail(view, booking.version(), paidTotal, refundable, booking.attendance(),
                            String.join(", ", booking.price().roles().stream().map(Enum::name).toList()), history);
                }));
    }

    /** Refunds {@code amount} minor units, or all that is left when empty; answers the refund's id. */
    public long refund(String reference, long seenVersion, OptionalLong amount, String reason) {
        Booking booking = current(reference, seenVersion);
        long refundId = refundService.refund(reference, amount, reason, actor());
        record(booking, "REFUND", null, amount.isPresent() ? Long.toString(amount.getAsLong()) : "all", reason);
        return refundId;
    }

    /** Cancels the booking and gives its seats back; what was paid is refunded when {@code refund} says so. */
    public void cancel(String reference, long seenVersion, String reason, boolean refund) {
        Booking booking = current(reference, seenVersion);
        Instant now = clock.instant();
        String before = booking.state().name();
        boolean heldSeats = booking.state().holdsSeats();
        booking.cancel(now);
        if (heldSeats) {
            sessions.releaseSeats(booking.session().id(), booking.quantity());
        }
        if (refund && payments.findByBooking(booking.id()).stream().anyMatch(p -> !refunds.refundable(p).isZero())) {
            refundService.refund(reference, OptionalLong.empty(), reason, actor());
        }
        outbox.cancellationMail(booking, now);
        outbox.calendarSync(booking, now);
        record(booking, "CANCEL", before, booking.state().name(), reason);
    }

    public void resendConfirmation(String reference) {
        Booking booking = bookings.findByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        outbox.resendConfirmation(booking, clock.instant());
        record(booking, "RESEND_CONFIRMATION", null, null, null);
    }

    public void recordAttendance(String reference, long seenVersion, Attendance attendance) {
        Booking booking = current(reference, seenVersion);
        String before = booking.attendance().map(Enum::name).orElse(null);
        booking.recordAttendance(attendance, clock.instant());
        record(booking, "ATTENDANCE", before, attendance.name(), null);
    }

    /**
     * The booking, if it is still the version the admin saw. Its version is raised now, inside this
     * transaction, so that a second admin acting on the same version waits for this one and then
     * finds it changed, whichever of them got past the check first.
     */
    private Booking current(String reference, long seenVersion) {
        Booking booking = bookings.findByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        if (booking.version() != seenVersion) {
            throw new StaleBookingException(reference);
        }
        try {
            em.lock(booking, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleBookingException(reference);
        }
        return booking;
    }

    private void record(Booking booking, String action, String before, String after, String reason) {
        audit.record(new AuditLog.Entry(actor(), action, "BOOKING", booking.reference(), booking.id(), before, after,
                reason), clock.instant());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
