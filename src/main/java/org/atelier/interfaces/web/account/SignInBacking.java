package org.atelier.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.application.account.AccountService;
import org.atelier.application.account.SignInThrottle;
import org.atelier.interfaces.web.Messages;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backs /signin. Guessing is slowed per account and per address; a success gets a new session id,
 * so an id planted before sign-in is worth nothing after it.
 */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountService accounts;

    private String email;
    private String password;
    private String next;
    private String notice;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Duration wait = throttle.waitBeforeAttempt(account, request.getRemoteAddr());
        if (!wait.isZero()) {
            Messages.error("signin:email", "signin.throttled", Math.max(1, wait.toSeconds()));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(account, new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(account);
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext());
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        throttle.failed(account, request.getRemoteAddr());
        if (accounts.resendVerificationIfPending(account, password)) {
            Messages.error("signin:email", "signin.unverified");
        } else {
            Messages.error("signin:email", "signin.failed");
        }
    }

    /** Only a path inside Atelier: a link to /signin cannot send anyone elsewhere after signing in. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/account";
        }
        return next;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getNotice() {
        return notice;
    }

    /** "verified" or "reset": what the page tells someone who just came from a mailed link. */
    public void setNotice(String notice) {
        this.notice = "verified".equals(notice) || "reset".equals(notice) ? notice : null;
    }
}
