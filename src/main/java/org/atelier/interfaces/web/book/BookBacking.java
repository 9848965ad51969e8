package org.atelier.interfaces.web.book;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.catalogue.CatalogueService;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.LocaleBacking;
import org.atelier.interfaces.web.StatelessView;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backs /book: the workshop cards, worded and formatted once per request. The page keeps no
 * state, so an anonymous visit leaves no session on the server.
 */
@Named
@RequestScoped
public class BookBacking {

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentAccount account;

    @Inject
    LocaleBacking locale;

    @Inject
    DisplayFormat format;

    @Inject
    StatelessView stateless;

    private static final String CATEGORY = "category.";

    private List<CatalogueCard> cards = List.of();

    public void load() {
        stateless.mark();
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = locale.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("org.atelier.interfaces.web.messages", language);
        String contextPath = faces.getExternalContext().getRequestContextPath();
        cards = catalogue.publishedWorkshops(account.id()).stream()
                .map(card -> new CatalogueCard(card, contextPath, format,
                        (key, arguments) -> word(texts, key, arguments, language)))
                .toList();
    }

    /**
     * A category that the admin form does not offer (one set in the database by hand, say) has no
     * word in the bundle: it is shown as written rather than failing the whole catalogue.
     */
    private static String word(ResourceBundle texts, String key, Object[] arguments, Locale language) {
        if (!texts.containsKey(key) && key.startsWith(CATEGORY)) {
            return key.substring(CATEGORY.length());
        }
        return new MessageFormat(texts.getString(key), language).format(arguments);
    }

    public List<CatalogueCard> getCards() {
        return cards;
    }
}
