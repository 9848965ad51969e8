package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.payment.Dispute;
import org.atelier.domain.model.payment.DisputeRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Dispute> findById(String disputeId) {
        return Optional.ofNullable(em.find(Dispute.class, disputeId));
    }

    @Override
    public void add(Dispute dispute) {
        em.persist(dispute);
    }
}
