package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.atelier.application.admin.read.BookingFilter;
import org.atelier.application.admin.read.BookingPage;
import org.atelier.application.admin.read.BookingRow;
import org.atelier.application.admin.read.BookingSearch;
import org.atelier.application.admin.read.BookingSort;
import org.atelier.application.admin.read.BookingTimeline;
import org.atelier.application.admin.read.TimelineEntry;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.cancellation.BookingCancellation;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.port.AuditTrail;
import org.atelier.application.refund.RefundService;
import org.atelier.domain.model.booking.Attendance;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
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
    BookingCancellation cancellation;

    @Inject
    AfterCommitWork outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

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
        out.write(BookingCsv.header());
        search.each(filter, sort, row -> out.write(BookingCsv.line(row, zone)));
    }

    public Optional<AdminBookingDetail> detail(String reference) {
        // The timeline is read before the booking: a refund settling in between then still shows as
        // settling (the page looks again) rather than as settled beside the booking's older state.
        Optional<Long> id = bookings.findIdByReference(reference);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEntry> history = timeline.of(id.get());
        return bookings.findByReference(reference).flatMap(booking -> queries.findForAdmin(reference)
                .map(view -> {
                    List<Payment> paid = payments.findByBooking(booking.id());
                    Money zero = Money.zero(booking.total().currency());
                    Money paidTotal = paid.stream().map(Payment::amount).reduce(zero, Money::plus);
                    Money refundable = paid.stream().map(refunds::refundable).reduce(zero, Money::plus);
                    return new AdminBookingDetail(view, booking.version(), paidTotal, refundable, booking.attendance(),
                            String.join(", ", booking.terms().price().roles().stream().map(Enum::name).toList()), history);
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
        cancellation.cancel(booking, refund ? BookingCancellation.Request.withFullRefund(reason, actor())
                : BookingCancellation.Request.withoutRefund(reason, actor()));
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
            bookings.claimVersion(booking);
        } catch (OptimisticLockException e) {
            throw new StaleBookingException(reference);
        }
        return booking;
    }

    private void record(Booking booking, String action, String before, String after, String reason) {
        audit.record(new AuditTrail.Entry(actor(), action, "BOOKING", booking.reference(), booking.id(), before, after,
                reason), clock.instant());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
