package org.atelier.application.appointment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.appointment.StudioPlanning.Host;
import org.atelier.application.appointment.StudioPlanning.ServiceHosts;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.Seats;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.booking.IdempotencyConflictException;
import org.atelier.domain.model.booking.TooManyHoldsException;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Use case: hold an appointment. The host's account row is locked first ({@link SlotCheck}), so
 * two visitors after overlapping times of one host are decided one after the other, and the second
 * is told the time was just taken; the session's exclusion constraint refuses a double booking even so. The
 * appointment is then a session of one seat with a held booking (or a confirmed one, when free),
 * paid and kept as any other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AppointmentHolds {

    @Inject
    StudioPlanning planning;

    @Inject
    SlotCheck slots;

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    AccountRepository accounts;

    @Inject
    Seats seats;

    @Inject
    PricingService pricing;

    @Inject
    AfterCommitWork outbox;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    /** Unpaid appointment holds one buyer (address or account) may keep open at once; 0 for no cap. */
    @Inject
    @ConfigProperty(name = "atelier.open-holds-per-buyer", defaultValue = "3")
    int openHoldsPerBuyer;

    @Inject
    @ConfigProperty(name = "atelier.hold-minutes", defaultValue = "30")
    int holdMinutes;

    public HoldReceipt hold(AppointmentRequest request) {
        Instant now = clock.instant();
        if (request.start() == null) {
            throw new BookingException("appointment.start.invalid");
        }
        Optional<HoldReceipt> retry = retryOf(request);
        if (retry.isPresent()) {
            return retry.get();
        }
        LocalDate day = LocalDate.ofInstant(request.start(), ZoneOffset.UTC);
        ServiceHosts service = planning.service(request.serviceId(), day.minusDays(1), day.plusDays(1))
                .orElseThrow(() -> new NotFoundException("service.unknown", request.serviceId()));
        BookingParty party = new BookingParty(new Buyer(request.buyerName(), request.buyerEmail()), List.of(),
                request.language(), request.accountId());
        PlanningProfile profile = planning.profileFor(request.accountId(), now).lasting(service.service().duration());
        Host host = slots.firstFree(service, request.hostAccountId(), profile, request.start(), now, Optional.empty());
        Workshop workshop = workshops.findById(request.serviceId()).orElseThrow();
        requireRoomForAnotherHold(party, now);
        Session appointment = workshop.appointment(host.accountId(), request.start(),
                host.availability().bufferBefore(), host.availability().bufferAfter(), now);
        sessions.add(appointment);
        PriceQuote price = pricing.priceList().quote(PricedWorkshop.of(workshop), 1, buyer(request.accountId(), now), now);
        Booking booking = Booking.hold(appointment, 1, party, price, now.plus(Duration.ofMinutes(holdMinutes)),
                request.idempotencyKey(), now);
        if (price.isFree()) {
            booking.confirm(now);
        }
        bookings.add(booking);
        bookings.flush();
        if (!seats.take(appointment.id(), 1)) {
            throw new IllegalStateException("A new appointment's only seat could not be taken");
        }
        if (booking.state() == BookingState.CONFIRMED) {
            outbox.confirmationMail(booking, now);
            outbox.calendarSync(booking, now);
        }
        return HoldReceipt.of(booking, access.tokenFor(booking.reference()));
    }

    /** A request sent again with its key finds the appointment it made; the key reused for another time is refused. */
    private Optional<HoldReceipt> retryOf(AppointmentRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        return bookings.findByIdempotencyKey(request.idempotencyKey()).map(made -> {
            Session session = made.session();
            boolean same = session.workshop().id() == request.serviceId() && session.startsAt().equals(request.start())
                    && made.buyer().email().equalsIgnoreCase(String.valueOf(request.buyerEmail()).strip());
            if (!same) {
                throw new IdempotencyConflictException();
            }
            return HoldReceipt.of(made, access.tokenFor(made.reference()));
        });
    }

    /** Open holds keep a host's time from others: each buyer may keep only so many unpaid ones. */
    private void requireRoomForAnotherHold(BookingParty party, Instant now) {
        if (openHoldsPerBuyer <= 0) {
            return;
        }
        int open = planning.openHolds(party.buyer().email(), party.accountId(), now);
        if (open >= openHoldsPerBuyer) {
            throw new TooManyHoldsException(open, null);
        }
    }

    /** Where a monthly quota is in play the buyer's row is locked, so two bookings at once cannot both take the last free one. */
    private PricedBuyer buyer(Long accountId, Instant now) {
        PriceList priceList = pricing.priceList();
        if (accountId != null && priceList.hasQuotas()) {
            accounts.lock(accountId);
            bookings.flush();
        }
        return pricing.buyer(accountId, now);
    }
}
