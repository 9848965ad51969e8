package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.waitlist.WaitlistEntry;
import org.atelier.domain.model.waitlist.WaitlistRepository;
import org.atelier.domain.model.waitlist.WaitlistState;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWaitlistRepository implements WaitlistRepository {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public void add(WaitlistEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public Optional<WaitlistEntry> findByReference(String reference) {
        return em.createQuery("select e from WaitlistEntry e where e.reference = :reference", WaitlistEntry.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<WaitlistEntry> lockByReference(String reference) {
        return em.createQuery("select e from WaitlistEntry e where e.reference = :reference", WaitlistEntry.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<WaitlistEntry> lockWaiting(long sessionId) {
        return em.createQuery("""
                        select e from WaitlistEntry e where e.session.id = :session and e.state = :waiting
                        order by e.joinedAt, e.id""", WaitlistEntry.class)
                .setParameter("session", sessionId)
                .setParameter("waiting", WaitlistState.WAITING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public boolean isWaiting(long sessionId, String email) {
        return !em.createQuery("""
                        select e.id from WaitlistEntry e
                        where e.session.id = :session and e.state = :waiting and e.person.email = :email""", Long.class)
                .setParameter("session", sessionId)
                .setParameter("waiting", WaitlistState.WAITING)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public int placeOf(WaitlistEntry entry) {
        return em.createQuery("""
                        select count(e) from WaitlistEntry e where e.session.id = :session and e.state = :waiting
                          and (e.joinedAt < :joined or e.joinedAt = :joined and e.id < :id)""", Long.class)
                .setParameter("session", entry.session().id())
                .setParameter("waiting", WaitlistState.WAITING)
                .setParameter("joined", entry.joinedAt())
                .setParameter("id", entry.id())
                .getSingleResult().intValue() + 1;
    }

    @Override
    public List<WaitlistEntry> findBySession(long sessionId) {
        return em.createQuery("select e from WaitlistEntry e where e.session.id = :session order by e.joinedAt, e.id",
                        WaitlistEntry.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public List<Long> lapsedOffers(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select b.id from waitlist_entry e join booking b on b.id = e.offer_booking_id
                        where e.session_id = ?1 and b.state = 'ABANDONED' and not exists (
                            select 1 from outbox_message m where m.kind = 'OFFER_EXPIRED_MAIL' and m.booking_id = b.id)""")
                .setParameter(1, sessionId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
