package org.atelier.interfaces.web.book;

import org.atelier.application.booking.HoldRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the visitor types into the booking form; one participant row per extra seat. */
public class BookingForm implements Serializable {

    private Long sessionId;
    private int quantity = 1;
    private String buyerName;
    private String buyerEmail;
    private boolean termsAccepted;
    private final List<ParticipantRow> participants = new ArrayList<>();

    /** Keeps one row per seat beyond the buyer's own, keeping what was typed in the rows that stay. */
    void fitParticipants() {
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
    void keepTypedParticipants(Map<String, String> sent) {
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
