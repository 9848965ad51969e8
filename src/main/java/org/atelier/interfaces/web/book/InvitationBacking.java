package org.atelier.interfaces.web.book;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingGroup;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.StatelessView;

import java.util.Optional;

/**
 * Backs /invitation?token=…: someone invited to a seat reads what it is, fills in their name and
 * address, and takes it. Keeps nothing on the server between requests; the form carries the token.
 */
@Named
@RequestScoped
public class InvitationBacking {

    @Inject
    BookingGroup invitations;

    @Inject
    StatelessView stateless;

    private String token;
    private String name;
    private String email;
    private Optional<BookingGroup.Invite> invite = Optional.empty();
    private boolean accepted;

    public void load() {
        stateless.mark();
        invite = invitations.read(token);
        email = invite.map(BookingGroup.Invite::email).orElse(null);
    }

    /** A form sent back: the token comes with it, so the invitation is read again before the fields are. */
    @PostConstruct
    void restore() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.isPostback()) {
            token = faces.getExternalContext().getRequestParameterMap().get("token");
            invite = invitations.read(token);
        }
    }

    public void accept() {
        try {
            invitations.accept(token, name, email);
            accepted = true;
        } catch (BookingException e) {
            Messages.error(e.messageKey().startsWith("booking.participant.email") ? "invitation:email"
                    : e.messageKey().startsWith("booking.participant") ? "invitation:name" : null, e);
            invite = invitations.read(token);
        }
    }

    public Optional<BookingGroup.Invite> getInvite() {
        return invite;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
