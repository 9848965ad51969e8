package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.BookingQueryService;
import org.atelier.domain.model.account.Role;

import java.io.IOException;
import java.util.List;

/** Backs /account: the signed-in person's bookings and roles. A guest is asked to sign in first. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    CurrentAccount current;

    @Inject
    BookingQueryService queries;

    private List<BookingQueryService.AccountBooking> bookings = List.of();

    public void load() throws IOException {
        if (!current.isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?next=/account");
            return;
        }
        bookings = queries.findForAccount(current.id());
    }

    public List<BookingQueryService.AccountBooking> getBookings() {
        return bookings;
    }

    /** The roles beyond VISITOR, which every account has. */
    public List<Role> getRoles() {
        return current.get().map(signedIn -> signedIn.roles().stream().filter(role -> role != Role.VISITOR)
                .sorted().toList()).orElse(List.of());
    }
}
