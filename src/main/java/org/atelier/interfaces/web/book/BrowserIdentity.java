package org.atelier.interfaces.web.book;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random name for one browser's visit, kept in its HTTP session and never shown. Booking forms
 * put it in their idempotency keys, so that a form sent again from a reloaded page finds the hold
 * this browser made, and no other: nothing a stranger can type leads to someone else's booking.
 */
@SessionScoped
public class BrowserIdentity implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;

    public BrowserIdentity() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        id = HexFormat.of().formatHex(bytes);
    }

    public String id() {
        return id;
    }
}
