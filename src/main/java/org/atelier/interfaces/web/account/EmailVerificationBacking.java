package org.atelier.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.account.AccountService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.IOException;

/**
 * Backs /account/verify. Opening the mailed link only shows a button; the address is verified by
 * pressing it (a POST), so mail scanners that follow links verify nothing.
 */
@Named
@RequestScoped
public class EmailVerificationBacking {

    @Inject
    AccountService accounts;

    private String token;

    public void confirm() throws IOException {
        try {
            accounts.verifyEmail(token);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?notice=verified");
        } catch (BookingException e) {
            Messages.error(null, e.messageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
