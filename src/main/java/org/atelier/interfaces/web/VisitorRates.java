package org.atelier.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.atelier.interfaces.http.ClientAddress;
import org.atelier.interfaces.http.ClientRates;

import java.time.Duration;
import java.util.Optional;

/** The rate limits of {@link ClientRates} on a page: a visitor over the limit reads when to try again. */
@ApplicationScoped
public class VisitorRates {

    @Inject
    ClientRates rates;

    @Inject
    ClientAddress clientAddress;

    /** Whether this visitor's network address may do one more of these; if not, the page says so. */
    public boolean allow(ClientRates.Kind kind) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Optional<Duration> wait = rates.take(kind, clientAddress.of(request));
        wait.ifPresent(w -> Messages.error(null, "request.tooMany", Math.max(1, (w.toSeconds() + 59) / 60)));
        return wait.isEmpty();
    }
}
