package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.CatalogueService;
import org.atelier.application.WorkshopCard;

import java.util.List;

/** Backs /book: the workshop cards. */
@Named
@RequestScoped
public class BookBacking {

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentAccount account;

    private List<WorkshopCard> cards = List.of();

    public void load() {
        cards = catalogue.publishedWorkshops(account.id());
    }

    public List<WorkshopCard> getCards() {
        return cards;
    }
}
