package org.atelier.domain.model.pricing;

import java.util.List;
import java.util.Optional;

public interface PricingRuleRepository {

    /** Every rule not retired, whatever its dates: validity is judged at the moment of pricing. */
    List<PricingRule> findLive();

    Optional<PricingRule> findById(long id);

    void add(PricingRule rule);

    /** Writes what was added or changed now, so that a new rule has its id. */
    void flush();
}
