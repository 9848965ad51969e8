package org.atelier.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.payment.SandboxPayments;
import org.atelier.application.pricing.PricingService;
import org.atelier.application.port.PasswordHashing;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's studio: two hosts who work weekdays with a lunch break (one also Saturdays, one away
 * for three days), the notes' three services (studio time €60 an hour, a portfolio review €75, an
 * urgent two-hour session €120), and a dozen appointments over the coming weeks, paid in the sandbox. Loaded once, when
 * there is no service yet and the demo host exists.
 */
@Stateless
public class DemoStudioService {

    static final String SECOND_HOST = "studio-host@atelier.example";

    @Inject
    DemoSpace space;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    Seats seats;

    @Inject
    PaymentRepository payments;

    @Inject
    PricingService pricing;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private record DemoService(String slug, String title, String titleNl, String description, String descriptionNl,
                               int minutes, long priceCents) {
    }

    private static final List<DemoService> SERVICES = List.of(
            new DemoService("studio-time", "Studio time", "Studiotijd",
                    "An hour at a workbench or the press, with a host at hand.",
                    "Een uur aan een werkbank of de pers, met een begeleider in de buurt.", 60, 6000),
            new DemoService("portfolio-review", "Portfolio review", "Portfoliobespreking",
                    "Bring your work; a host looks at it with you and says what to do next.",
                    "Neem je werk mee; een begeleider bekijkt het met je en zegt wat je verder kunt doen.", 60, 7500),
            new DemoService("urgent-studio-session", "Urgent studio session (2 hours)", "Spoedsessie in de studio (2 uur)",
                    "Two hours with a host, soon: for a deadline that will not wait.",
                    "Twee uur met een begeleider, snel: voor een deadline die niet wacht.", 120, 12000));

    public boolean loadIfNone() {
        space.lockWorkshops();
        Optional<Account> hugo = accounts.findByEmail("host@atelier.example");
        if (space.hasServices() || hugo.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Account sara = Account.register(SECOND_HOST, "Sara Studio", "nl", now);
        sara.changePasswordHash(passwords.hash("demo-studio-2026"));
        sara.verifyEmail(now);
        accounts.add(sara);
        sara.grant(Role.HOST, now);
        space.flush();

        List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        space.keepHours(hugo.get().id(), zone, 10, 10, 30, weekdays, List.of(
                new DemoSpace.Stretch(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new DemoSpace.Stretch(LocalTime.of(13, 30), LocalTime.of(18, 0))));
        List<DayOfWeek> withSaturday = new ArrayList<>(weekdays);
        withSaturday.add(DayOfWeek.SATURDAY);
        space.keepHours(sara.id(), zone, 0, 15, 60, withSaturday, List.of(
                new DemoSpace.Stretch(LocalTime.of(10, 0), LocalTime.of(13, 0)),
                new DemoSpace.Stretch(LocalTime.of(14, 0), LocalTime.of(20, 0))));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        space.absence(sara.id(), today.plusDays(8).atStartOfDay(zone).toInstant(),
                today.plusDays(11).atStartOfDay(zone).toInstant(), "Away at a print fair");

        List<Workshop> offered = new ArrayList<>();
        for (DemoService demo : SERVICES) {
            Workshop service = Workshop.service(new WorkshopDetails(demo.slug(), new BilingualText(demo.title(), demo.titleNl()),
                    new BilingualText(demo.description(), demo.descriptionNl()), "studio", "Hugo Host, Sara Studio", null,
                    Duration.ofMinutes(demo.minutes())), Money.of(demo.priceCents(), "EUR"), "Studio 2, ground floor", now);
            service.publish(now);
            workshops.add(service);
            offered.add(service);
        }
        space.flush();
        offered.forEach(service -> space.offer(service.id(), List.of(hugo.get().id(), sara.id())));
        appointments(offered, List.of(hugo.get(), sara), today, now);
        return true;
    }

    /** A dozen appointments on the weekdays ahead, at 15:00, with the hosts and services in turn. */
    private void appointments(List<Workshop> services, List<Account> hosts, LocalDate today, Instant now) {
        Account visitor = accounts.findByEmail("visitor@atelier.example").orElse(hosts.get(0));
        LocalDate day = today.plusDays(2);
        for (int made = 0; made < 12; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || (day.isAfter(today.plusDays(7)) && day.isBefore(today.plusDays(12)))) {
                continue;
            }
            Workshop service = services.get(made % services.size());
            Account host = hosts.get(made % hosts.size());
            Duration bufferBefore = Duration.ofMinutes(made % 2 == 0 ? 10 : 0);
            Duration bufferAfter = Duration.ofMinutes(made % 2 == 0 ? 10 : 15);
            Session appointment = service.appointment(host.id(), day.atTime(15, 0).atZone(zone).toInstant(),
                    bufferBefore, bufferAfter, now);
            sessions.add(appointment);
            Booking booking = Booking.hold(appointment, 1,
                    new BookingParty(new Buyer(visitor.displayName(), visitor.email()), List.of(), "en", visitor.id()),
                    pricing.priceList().quote(PricedWorkshop.of(service), 1, pricing.buyer(visitor.id(), now), now),
                    now.plus(Duration.ofMinutes(30)), null, now);
            if (booking.total().isZero()) {
                booking.confirm(now);
            } else {
                String checkoutId = "sandbox_demo_" + booking.reference();
                booking.startCheckout(SandboxPayments.PROVIDER, checkoutId, now);
                booking.confirm(now);
                payments.add(new Payment(booking, new ReceivedPayment(SandboxPayments.PROVIDER, checkoutId, null,
                        booking.total()), now));
            }
            bookings.add(booking);
            bookings.flush();
            seats.take(appointment.id(), 1);
            made++;
        }
    }
}
