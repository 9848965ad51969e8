package org.atelier.interfaces.web.account;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.account.AccountService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.http.ClientRates;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.VisitorRates;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs /account/forgot (ask for a link) and /account/reset (choose a new password through it).
 * Asking always answers the same, whether the address has an account or not.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    @Inject
    VisitorRates rates;

    @Inject
    AccountService accounts;

    private String email;
    private String token;
    private String password;
    private String repeated;
    private boolean sent;
    private Boolean linkUsable;

    public void requestLink() {
        if (!rates.allow(ClientRates.Kind.PASSWORD_RESET)) {
            return;
        }
        try {
            accounts.requestPasswordReset(email);
            sent = true;
        } catch (BookingException e) {
            Messages.error("forgot:email", e);
        } catch (EJBException e) {
            Messages.error(null, "account.mail.failed");
        }
    }

    public void reset() throws IOException {
        if (password == null || !password.equals(repeated)) {
            Messages.error("reset:repeated", "account.password.mismatch");
            return;
        }
        try {
            accounts.resetPassword(token, password);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?notice=reset");
        } catch (BookingException e) {
            Messages.error(AccountFields.fieldFor("reset", e.messageKey()), e);
        }
    }

    /** Asked once per page: a spent or expired link says so before anyone types a password. */
    public boolean isLinkUsable() {
        if (linkUsable == null) {
            linkUsable = accounts.isPasswordLinkUsable(token);
        }
        return linkUsable;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isSent() {
        return sent;
    }
}
