package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Marks a page that keeps nothing between requests (the catalogue, the error pages) as stateless
 * before it is drawn, so that a crowd or a crawler creates no server sessions: PrimeFaces would
 * otherwise keep the page's script nonce in a view map held by the session. The template's
 * {@code transientView} parameter says the same for a form sent back from such a page.
 */
@Named
@RequestScoped
public class StatelessView {

    public void mark() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }
}
