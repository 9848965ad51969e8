package org.atelier.interfaces.web.book;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.Invitations;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The booking page's "your group" step: the buyer invites people by e-mail to fill in their own
 * details for the seats nobody is named for yet, and sees the invitations still open.
 */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

    @Inject
    BookingBacking page;

    @Inject
    Invitations invitations;

    private String email;
    private Integer seatsToInvite;
    private List<Invitations.Open> open;

    public int getSeatsToInvite() {
        if (seatsToInvite == null) {
            seatsToInvite = invitations.seatsToInvite(page.getReference(), page.getToken());
        }
        return seatsToInvite;
    }

    public List<Invitations.Open> getOpen() {
        if (open == null) {
            open = invitations.open(page.getReference(), page.getToken());
        }
        return open;
    }

    public void invite() {
        try {
            invitations.invite(page.getReference(), page.getToken(), email);
            Messages.info(null, "invitation.sent", email.strip());
            email = null;
        } catch (BookingException e) {
            Messages.error("bookingPage:inviteEmail", e);
        }
        seatsToInvite = null;
        open = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
