package org.atelier.interfaces.web.book;

import org.atelier.application.catalogue.PriceTag;
import org.atelier.application.catalogue.WorkshopCard;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.interfaces.web.DisplayFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One card of /book with everything it shows already worded and formatted, computed once per
 * request: the page only reads plain properties. Drawing thirteen cards through nested components,
 * conditionals and per-read method calls cost the page two thirds of its speed.
 */
public final class CatalogueCard {

    /** A line of the price: its words and its style. */
    public record Line(String text, String styleClass) {

        public String getText() {
            return text;
        }

        public String getStyleClass() {
            return styleClass;
        }
    }

    private final WorkshopCard card;
    private final String href;
    private final String imageSrc;
    private final String title;
    private final String category;
    private final String nextStart;
    private final String nextText;
    private final Line availability;
    private final String moreDates;
    private final Line price;
    private final String listPrice;
    private final List<Line> extras = new ArrayList<>();

    /** {@code text} words a message key with arguments in the visitor's language. */
    CatalogueCard(WorkshopCard card, String contextPath, DisplayFormat format, BiFunction<String, Object[], String> text) {
        this.card = card;
        this.href = contextPath + "/book/" + card.slug();
        this.imageSrc = contextPath + "/resources/" + card.imagePath();
        this.title = format.text(card.title());
        this.category = text.apply("category." + card.category(), new Object[0]);
        this.nextStart = card.nextSessionStart().map(Object::toString).orElse(null);
        this.nextText = card.nextSessionStart().map(format::dateTime).orElse(null);
        this.availability = card.isFull() ? new Line(text.apply("card.full", new Object[0]), "badge badge--full")
                : card.hasUpcomingSessions() ? new Line(text.apply("card.seatsLeft", new Object[] {card.seatsLeft()}),
                card.seatsLeft() <= 3 ? "badge badge--few" : "badge") : null;
        this.moreDates = card.upcomingSessions() > 1
                ? text.apply("card.moreDates", new Object[] {card.upcomingSessions() - 1}) : null;
        PriceTag tag = card.price();
        PriceQuote single = tag.single();
        if (tag.isFreeForAll() || tag.isFreeForViewer()) {
            this.price = new Line(text.apply(tag.isFreeForAll() ? "card.free" : "price.freeForYou", new Object[0]), "price price--free");
            this.listPrice = null;
        } else {
            this.price = new Line(format.money(single.total()), "price");
            this.listPrice = tag.isReduced() ? format.money(single.listUnitPrice()) : null;
        }
        for (PriceQuote group : tag.groups()) {
            extras.add(new Line(group.isGroupPrice()
                    ? text.apply("price.groupOf", new Object[] {group.quantity(), format.money(group.total())})
                    : text.apply("price.fromSeats", new Object[] {group.quantity(), format.money(group.unitPrice())}),
                    "price-tag__group"));
        }
        for (PriceList.RoleOffer offer : tag.advertised()) {
            extras.add(new Line(text.apply(offer.quote().isFree() ? "price.roleFree" : "price.rolePays",
                    new Object[] {text.apply("role." + offer.role(), new Object[0]), format.money(offer.quote().total())}),
                    "price-tag__advert muted"));
        }
    }

    public String getSlug() {
        return card.slug();
    }

    public String getTitle() {
        return title;
    }

    public String getHref() {
        return href;
    }

    public String getImageSrc() {
        return imageSrc;
    }

    public String getCategory() {
        return category;
    }

    public boolean isFull() {
        return card.isFull();
    }

    /** The next session's start as an ISO instant (for the time element), or null without dates. */
    public String getNextStart() {
        return nextStart;
    }

    public String getNextText() {
        return nextText;
    }

    /** "Full" or "3 seats left", with its badge style; null without dates. */
    public Line getAvailability() {
        return availability;
    }

    public String getMoreDates() {
        return moreDates;
    }

    public Line getPrice() {
        return price;
    }

    /** The list price struck through when a rule lowered it, else null. */
    public String getListPrice() {
        return listPrice;
    }

    /** Not for free workshops: "per seat" follows the price. */
    public boolean isPerSeat() {
        return listPrice != null || !price.styleClass().contains("free");
    }

    /** Group prices, then what other roles pay. */
    public List<Line> getExtras() {
        return extras;
    }
}
