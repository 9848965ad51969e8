package org.atelier.interfaces.web.book;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.cancellation.BuyerCancellation;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The booking page's "give back seats" step for a group: the buyer picks how many, reads exactly
 * what that does (seats and price kept, money back, who loses their seat), then confirms.
 */
@Named
@ViewScoped
public class GiveBackBacking implements Serializable {

    @Inject
    BookingBacking page;

    @Inject
    BuyerCancellation cancellation;

    @Inject
    DisplayFormat format;

    private int seats = 1;
    private BuyerCancellation.GiveBackPreview preview;

    /** A group of two or more that its buyer may still change can give seats back, keeping one. */
    public boolean isOffered() {
        return page.isCancellable() && page.getBooking().quantity() > 1;
    }

    public List<Integer> getChoices() {
        List<Integer> choices = new ArrayList<>();
        for (int n = 1; n < page.getBooking().quantity(); n++) {
            choices.add(n);
        }
        return choices;
    }

    public void ask() {
        try {
            preview = cancellation.previewGiveBack(page.getReference(), page.getToken(), seats).orElse(null);
            if (preview == null) {
                page.refresh();
            }
        } catch (BookingException e) {
            Messages.error("bookingPage:giveBackSeats", e);
        }
    }

    public void confirm() {
        try {
            cancellation.giveBack(page.getReference(), page.getToken(), seats);
            Messages.info(null, "giveBack.done", seats);
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        preview = null;
        page.refresh();
    }

    public void keepAll() {
        preview = null;
    }

    /** What giving the chosen seats back would do, in the buyer's words. */
    public String getPreviewText() {
        if (preview == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        StringBuilder text = new StringBuilder(Messages.text(faces, "giveBack.preview", preview.seatsKept(),
                preview.keptTotal().isZero() ? Messages.text(faces, "card.free") : format.money(preview.keptTotal())));
        text.append(' ').append(preview.back().isZero() ? Messages.text(faces, "giveBack.previewNone")
                : Messages.text(faces, "giveBack.previewBack", format.money(preview.back())));
        if (!preview.leaving().isEmpty()) {
            text.append(' ').append(Messages.text(faces, "giveBack.leaving", String.join(", ", preview.leaving())));
        }
        return text.toString();
    }

    public boolean isConfirming() {
        return preview != null;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }
}
