package org.atelier.interfaces.web.appointment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.appointment.AppointmentRequest;
import org.atelier.application.appointment.FreeSlot;
import org.atelier.application.appointment.SlotAnswer;
import org.atelier.application.appointment.SlotTakenException;
import org.atelier.application.appointment.StudioBooking;
import org.atelier.application.appointment.StudioSlots;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.SeatHolds;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.interfaces.http.ClientRates;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.LocaleBacking;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.StatelessView;
import org.atelier.interfaces.web.VisitorRates;
import org.atelier.interfaces.web.book.BrowserIdentity;
import org.atelier.interfaces.web.book.PaymentStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backs /studio/{slug}: a service, its next free times (as many as the visitor's profile
 * suggests), the days further on to browse, and the form that books one. Like the workshop page
 * it keeps nothing on the server between requests: the slug, the day shown and the form's key
 * travel in the form, and the chosen time is a plain radio value ("start-host"), so a time taken
 * since the page was drawn reads as taken rather than as an invalid choice.
 */
@Named
@RequestScoped
public class ServiceBacking {

    private static final Pattern SLOT = Pattern.compile("^(\\d{1,12})-(\\d{1,18})$");

    @Inject
    StudioSlots slots;

    @Inject
    StudioBooking booking;

    @Inject
    PaymentStep payment;

    @Inject
    LocaleBacking locale;

    @Inject
    CurrentAccount account;

    @Inject
    VisitorRates rates;

    @Inject
    BrowserIdentity browser;

    @Inject
    StatelessView stateless;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private String slug;
    private String day;
    private String formKey = UUID.randomUUID().toString();
    private String chosen;
    private String buyerName;
    private String buyerEmail;
    private boolean termsAccepted;
    private SlotAnswer answer;
    private Money price;
    private HoldReceipt held;
    private String paymentProblem;

    public void load() throws IOException {
        stateless.mark();
        if (find() && account.isSignedIn()) {
            buyerName = account.getDisplayName();
            buyerEmail = account.getEmail();
        }
    }

    /** A form sent back: the service and its times are read again before the fields are. */
    @PostConstruct
    void restore() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        slug = sent.get("slug");
        day = sent.get("day");
        chosen = sent.get("slot");
        Optional.ofNullable(sent.get("formKey")).filter(key -> key.matches("[0-9a-f-]{36}")).ifPresent(key -> formKey = key);
        try {
            find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service that is not (or no longer) published is a 404. */
    private boolean find() throws IOException {
        Optional<SlotAnswer> found = slug == null ? Optional.empty() : slots.slotsAhead(slug, account.id());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such service");
            FacesContext.getCurrentInstance().responseComplete();
            return false;
        }
        answer = found.get();
        price = slots.publishedServices(account.id()).stream().filter(priced -> priced.service().id() == answer.service().id())
                .map(StudioSlots.PricedService::price).findFirst().orElse(answer.service().basePrice());
        return true;
    }

    public void book() throws IOException {
        Matcher slot = chosen == null ? null : SLOT.matcher(chosen);
        if (slot == null || !slot.matches()) {
            Messages.error("studio:slots", "appointment.start.invalid");
            return;
        }
        if (!rates.allow(ClientRates.Kind.HOLD)) {
            return;
        }
        try {
            held = booking.book(new AppointmentRequest(answer.service().id(), Long.parseLong(slot.group(2)),
                    Instant.ofEpochSecond(Long.parseLong(slot.group(1))), buyerName, buyerEmail, locale.getLanguage(),
                    SeatHolds.webKey(browser.id(), formKey), account.id()));
            paymentProblem = payment.continueAfter(held).orElse(null);
        } catch (SlotTakenException e) {
            find();
            chosen = null;
            Messages.error("studio:slots", e);
        } catch (BookingException e) {
            Messages.error(fieldFor(e.messageKey()), e);
        }
    }

    private static String fieldFor(String messageKey) {
        if (messageKey.startsWith("booking.buyer.name")) {
            return "studio:buyerName";
        }
        if (messageKey.startsWith("booking.buyer.email")) {
            return "studio:buyerEmail";
        }
        return messageKey.startsWith("appointment.") ? "studio:slots" : null;
    }

    /** The times offered: the day asked for, or else the first ones free. */
    public List<FreeSlot> getShown() {
        Optional<LocalDate> shownDay = shownDay();
        if (shownDay.isEmpty()) {
            return answer.suggested();
        }
        return answer.slots().stream().filter(free -> LocalDate.ofInstant(free.start(), zone).equals(shownDay.get())).toList();
    }

    /** The days with free times, with how many: the calendar a visitor browses further in. */
    public Map<LocalDate, Integer> getDays() {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        answer.slots().forEach(free -> days.merge(LocalDate.ofInstant(free.start(), zone), 1, Integer::sum));
        return days;
    }

    public List<Map.Entry<LocalDate, Integer>> getDayList() {
        return List.copyOf(getDays().entrySet());
    }

    /** A day that is not a date counts as none chosen. */
    public Optional<LocalDate> shownDay() {
        if (day == null || day.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean isDayChosen() {
        return shownDay().isPresent();
    }

    public static String keyOf(FreeSlot free) {
        return free.start().getEpochSecond() + "-" + free.hostAccountId();
    }

    public String slotKey(FreeSlot free) {
        return keyOf(free);
    }

    public boolean isChosen(FreeSlot free) {
        return keyOf(free).equals(chosen);
    }

    public SlotAnswer getAnswer() {
        return answer;
    }

    public Money getPrice() {
        return price;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getFormKey() {
        return formKey;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(String buyerName) {
        this.buyerName = buyerName;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public void setBuyerEmail(String buyerEmail) {
        this.buyerEmail = buyerEmail;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public String getPaymentProblem() {
        return paymentProblem;
    }

    public String getHeldBookingAddress() {
        return held == null ? "" : PaymentStep.bookingAddress(held);
    }
}
