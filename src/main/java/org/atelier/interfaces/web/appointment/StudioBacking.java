package org.atelier.interfaces.web.appointment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.appointment.StudioSlots;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.StatelessView;

import java.util.List;

/** Backs /studio: the services on offer, at the visitor's prices. */
@Named
@RequestScoped
public class StudioBacking {

    @Inject
    StudioSlots slots;

    @Inject
    CurrentAccount account;

    @Inject
    StatelessView stateless;

    private List<StudioSlots.PricedService> services;

    public void load() {
        stateless.mark();
    }

    public List<StudioSlots.PricedService> getServices() {
        if (services == null) {
            services = slots.publishedServices(account.id());
        }
        return services;
    }
}
