package org.atelier.application.catalogue;

import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;

import java.util.List;

/**
 * A workshop's price as one viewer sees it: one seat at their price, the group prices they can
 * get, and what other roles pay where a rule advertises it.
 */
public record PriceTag(PriceQuote single, List<PriceQuote> groups, List<PriceList.RoleOffer> advertised) {

    public PriceTag {
        groups = List.copyOf(groups);
        advertised = List.copyOf(advertised);
    }

    /** Free because of who the viewer is, not because the workshop is free for all. */
    public boolean isFreeForViewer() {
        return single.isFree() && !single.listUnitPrice().isZero();
    }

    public boolean isFreeForAll() {
        return single.listUnitPrice().isZero();
    }

    /** A rule lowered the viewer's price below the list price. */
    public boolean isReduced() {
        return single.total().isLessThan(single.listTotal());
    }
}
