package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.booking.Invitation;
import org.atelier.domain.model.booking.InvitationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
    }

    @Override
    public Optional<Invitation> findById(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public Optional<Invitation> lockByTokenDigest(String tokenDigest) {
        return em.createQuery("select i from Invitation i where i.tokenDigest = :digest", Invitation.class)
                .setParameter("digest", tokenDigest)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Invitation> findByTokenDigest(String tokenDigest) {
        return em.createQuery("select i from Invitation i where i.tokenDigest = :digest", Invitation.class)
                .setParameter("digest", tokenDigest)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Invitation> findByBooking(long bookingId) {
        return em.createQuery("select i from Invitation i where i.bookingId = :booking order by i.id desc", Invitation.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }
}
