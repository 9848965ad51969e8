package org.atelier.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminAudit;
import org.atelier.application.admin.read.AuditSearch;

import java.util.List;

/** Backs /admin/audit?q=...: a search over the trail, read-only, so a plain GET form serves it. */
@Named
@RequestScoped
public class AdminAuditBacking {

    @Inject
    AdminAudit audit;

    private String search;
    private List<AuditSearch.AdminAction> actions;
    private List<AuditSearch.ProviderEvent> events;

    public void load() {
        actions = audit.actions(search);
        events = audit.providerEvents(search);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<AuditSearch.AdminAction> getActions() {
        return actions;
    }

    public List<AuditSearch.ProviderEvent> getEvents() {
        return events;
    }
}
