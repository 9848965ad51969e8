package org.atelier.interfaces.web;

import jakarta.faces.context.ExternalContext;

/** Where a redirect goes: absolute URLs (a provider's checkout) as they are, our own paths under our context. */
public final class Redirects {

    private Redirects() {
    }

    public static String resolve(ExternalContext external, String target) {
        return target.startsWith("/") ? external.getRequestContextPath() + target : target;
    }
}
