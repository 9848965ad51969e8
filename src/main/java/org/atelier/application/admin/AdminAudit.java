package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.admin.read.AuditSearch;

import java.util.List;

/** The trail: admin actions, and every event a payment provider sent, newest first, searchable. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminAudit {

    private static final int LIMIT = 200;

    @Inject
    AuditSearch search;

    /** Actions whose actor, action or subject starts with {@code text} (any case); all when empty. */
    public List<AuditSearch.AdminAction> actions(String text) {
        return search.actions(text, LIMIT);
    }

    public List<AuditSearch.ProviderEvent> providerEvents(String text) {
        return search.providerEvents(text, LIMIT);
    }
}
