package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.pricing.PricingRule;
import org.atelier.domain.model.pricing.PricingRuleRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPricingRuleRepository implements PricingRuleRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public List<PricingRule> findLive() {
        return em.createQuery("select r from PricingRule r where r.retiredAt is null order by r.id", PricingRule.class)
                .getResultList();
    }

    @Override
    public Optional<PricingRule> findById(long id) {
        return Optional.ofNullable(em.find(PricingRule.class, id));
    }

    @Override
    public void add(PricingRule rule) {
        em.persist(rule);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
