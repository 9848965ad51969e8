package org.atelier.domain.model.account;

/**
 * What an account may do and which prices it gets. Every signed-in account is a VISITOR; the
 * other roles are granted.
 */
public enum Role {
    VISITOR,
    RESIDENT_ARTIST,
    HOST,
    ADMIN;

    /** The name the container's security sees, as declared in web.xml. */
    public String securityRole() {
        return name();
    }
}
