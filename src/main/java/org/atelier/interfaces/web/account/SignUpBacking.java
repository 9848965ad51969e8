package org.atelier.interfaces.web.account;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.account.AccountService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.http.ClientRates;
import org.atelier.interfaces.web.LocaleBacking;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.VisitorRates;

import java.io.Serializable;

/** Backs /signup. The answer is the same whether the address was new or not: "check your mail". */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    LocaleBacking locale;

    @Inject
    VisitorRates rates;

    private String name;
    private String email;
    private String password;
    private boolean sent;

    public void signUp() {
        if (!rates.allow(ClientRates.Kind.SIGN_UP)) {
            return;
        }
        try {
            accounts.signUp(name, email, password, locale.getLanguage());
            sent = true;
        } catch (BookingException e) {
            Messages.error(AccountFields.fieldFor("signup", e.messageKey()), e);
        } catch (EJBException e) {
            Messages.error(null, "account.mail.failed");
        }
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSent() {
        return sent;
    }
}
