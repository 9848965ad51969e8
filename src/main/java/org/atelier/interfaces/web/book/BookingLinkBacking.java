package org.atelier.interfaces.web.book;

import java.io.Serializable;

/** What the pages reached through a booking's private link share: its reference and token. */
public abstract class BookingLinkBacking implements Serializable {

    private String reference;
    private String token;

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
