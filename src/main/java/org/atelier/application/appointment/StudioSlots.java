package org.atelier.application.appointment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.appointment.StudioPlanning.Host;
import org.atelier.application.appointment.StudioPlanning.ServiceHosts;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.appointment.SlotFinder;
import org.atelier.domain.model.appointment.TimeSpan;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the free start times of a service for one viewer. Three statements answer a month: the
 * viewer's profile, the service's hosts with their hours, and what keeps those hosts busy. It only
 * reads, so it opens no transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StudioSlots {

    /** The widest window one request may ask about: two months. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(62);

    @Inject
    StudioPlanning planning;

    @Inject
    HostBusyTime calendars;

    @Inject
    Clock clock;

    @Inject
    PricingService pricing;

    /** A published service and what one appointment costs the viewer. */
    public record PricedService(StudioPlanning.ServiceSummary service, Money price) {
    }

    /** The published services at the viewer's prices (a guest's for null). */
    public List<PricedService> publishedServices(Long viewerId) {
        Instant now = clock.instant();
        PriceList prices = pricing.priceList();
        PricedBuyer buyer = pricing.buyer(viewerId, now);
        return planning.publishedServices().stream().map(service -> new PricedService(service, prices.quote(
                new PricedWorkshop(service.id(), service.category(), service.basePrice()), 1, buyer, now).total())).toList();
    }

    /** The free slots from {@code from} until {@code until}; refused for a window that is backwards or too wide. */
    public SlotAnswer slots(long serviceId, Long viewerId, Instant from, Instant until) {
        requireWindow(from, until);
        return answer(Optional.empty(), serviceId, viewerId, from, until);
    }

    /** The slots from now until the viewer's last day, found by the service page's address. */
    public Optional<SlotAnswer> slotsAhead(String slug, Long viewerId) {
        Instant now = clock.instant();
        PlanningProfile profile = planning.profileFor(viewerId, now);
        Instant until = now.plus(Duration.ofDays(profile.daysAhead() + 1L));
        return planning.service(slug, days(now).firstDay(), days(until).lastDay())
                .map(service -> answer(service, profile, now, now, until));
    }

    /** The first free slots after {@code after}, as many as the viewer's profile suggests. */
    public List<FreeSlot> next(long serviceId, Long viewerId, Instant after) {
        Instant now = clock.instant();
        Instant from = after.isAfter(now) ? after : now;
        return answer(Optional.empty(), serviceId, viewerId, from, from.plus(LONGEST_WINDOW)).suggested();
    }

    private SlotAnswer answer(Optional<ServiceHosts> known, long serviceId, Long viewerId, Instant from, Instant until) {
        Instant now = clock.instant();
        PlanningProfile profile = planning.profileFor(viewerId, now);
        ServiceHosts service = known.or(() -> planning.service(serviceId, days(from).firstDay(), days(until).lastDay()))
                .orElseThrow(() -> new NotFoundException("service.unknown", serviceId));
        return answer(service, profile, now, from, until);
    }

    /** Free starts of every host, soonest first (two hosts free at once: both offered). */
    SlotAnswer answer(ServiceHosts service, PlanningProfile viewerProfile, Instant now, Instant from, Instant until) {
        PlanningProfile profile = viewerProfile.lasting(service.service().duration());
        Instant reach = until.plus(profile.length());
        Map<Long, List<TimeSpan>> busy = planning.busy(service.hosts().stream().map(Host::accountId).toList(), from, reach);
        HostBusyTime.Known known = calendars.busy(service.hosts().stream().map(Host::accountId).toList(), from, reach);
        List<FreeSlot> slots = new ArrayList<>();
        for (Host host : service.hosts()) {
            List<TimeSpan> taken = new ArrayList<>(busy.getOrDefault(host.accountId(), List.of()));
            taken.addAll(known.of(host.accountId()));
            for (Instant start : SlotFinder.freeStarts(profile, host.availability(), taken, now, from, until)) {
                slots.add(new FreeSlot(start, start.plus(profile.length()), host.accountId(), host.name()));
            }
        }
        slots.sort(Comparator.comparing(FreeSlot::start).thenComparing(FreeSlot::hostName));
        return new SlotAnswer(service.service(), profile.name(), profile.suggestions(), slots, known.behind());
    }

    private static void requireWindow(Instant from, Instant until) {
        if (from == null || until == null || !until.isAfter(from)) {
            throw new BookingException("slots.window.invalid");
        }
        if (Duration.between(from, until).compareTo(LONGEST_WINDOW) > 0) {
            throw new BookingException("slots.window.tooWide", LONGEST_WINDOW.toDays());
        }
    }

    /** The calendar days an instant can fall on anywhere: hosts keep hours in zones of their own. */
    private static Days days(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return new Days(day.minusDays(1), day.plusDays(1));
    }

    private record Days(LocalDate firstDay, LocalDate lastDay) {
    }
}
