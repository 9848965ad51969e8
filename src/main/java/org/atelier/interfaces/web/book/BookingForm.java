package org.atelier.interfaces.web.book;

import org.atelier.application.booking.HoldRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the visitor types into the booking form; one participant row per extra seat. */
public class BookingForm implements Serializable {

    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private Long sessionId;
    private int quantity = 1;
    private String buyerName;
    private String buyerEmail;
    private boolean termsAccepted;
    private final List<ParticipantRow> participants = new ArrayList<>();

    /**
     * Reads the choices of a sent form, before its fields are, and gives it as many participant
     * rows as the seats it asks for, with what was typed in them. Anything sent that is not a
     * number, or asks for more than a booking may hold, counts as nothing chosen.
     */
    void restoreFrom(Map<String, String> sent, int maxSeatsPerBooking) {
        sessionId = whole(sent.get("booking:session"), Long.MAX_VALUE).orElse(null);
        quantity = whole(sent.get("booking:quantity"), maxSeatsPerBooking).orElse(1L).intValue();
        fitParticipants();
        keepTypedParticipants(sent);
    }

    /** The form's idempotency key as sent, if it is one this page could have drawn. */
    static Optional<String> formKeyIn(Map<String, String> sent) {
        String key = sent.get("formKey");
        return key != null && FORM_KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    private static Optional<Long> whole(String text, long max) {
        try {
            long value = Long.parseLong(text == null ? "" : text.trim());
            return value >= 1 && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Keeps one row per seat beyond the buyer's own, keeping what was typed in the rows that stay. */
    private void fitParticipants() {
        int wanted = Math.max(0, quantity - 1);
        while (participants.size() > wanted) {
            participants.remove(participants.size() - 1);
        }
        while (participants.size() < wanted) {
            participants.add(new ParticipantRow());
        }
    }

    /**
     * Fills the rows with what was typed in them, so a change of session or seats (which sends
     * only those two choices to be checked) redraws the rows without losing the names.
     */
    private void keepTypedParticipants(Map<String, String> sent) {
        for (int i = 0; i < participants.size(); i++) {
            participants.get(i).setName(sent.get("booking:rows:" + i + ":participantName"));
            participants.get(i).setEmail(sent.get("booking:rows:" + i + ":participantEmail"));
        }
    }

    List<HoldRequest.ParticipantInput> participantInputs() {
        return participants.stream().map(row -> new HoldRequest.ParticipantInput(row.getName(), row.getEmail())).toList();
    }

    /** The field a business failure belongs to, so the message appears beside it. */
    static String fieldFor(String messageKey) {
        if (messageKey.startsWith("booking.buyer.name")) {
            return "booking:buyerName";
        }
        if (messageKey.startsWith("booking.buyer.email")) {
            return "booking:buyerEmail";
        }
        if (messageKey.startsWith("booking.quantity") || messageKey.startsWith("session.seats")) {
            return "booking:quantity";
        }
        if (messageKey.startsWith("booking.participant")) {
            return "booking:participants";
        }
        if (messageKey.startsWith("session.")) {
            return "booking:session";
        }
        return null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
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

    public List<ParticipantRow> getParticipants() {
        return participants;
    }
}
