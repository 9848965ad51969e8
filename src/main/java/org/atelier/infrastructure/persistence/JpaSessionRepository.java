package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.domain.model.workshop.Workshop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Session> findById(long id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    @Override
    public List<Session> findUpcomingOf(Workshop workshop, Instant now) {
        return em.createQuery("""
                        select s from Session s
                        where s.workshop = :workshop and s.startsAt > :now
                        order by s.startsAt, s.id""", Session.class)
                .setParameter("workshop", workshop)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void add(Session session) {
        em.persist(session);
    }

    @Override
    public List<Session> findStartingFrom(Instant since, int limit) {
        return em.createQuery("""
                        select s from Session s join fetch s.workshop
                        where s.startsAt >= :since order by s.startsAt, s.id""", Session.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean changeCapacity(long sessionId, int capacity) {
        return em.createNativeQuery("update session set capacity = ?1 where id = ?2 and seats_taken <= ?1")
                .setParameter(1, capacity).setParameter(2, sessionId).executeUpdate() == 1;
    }

    @Override
    public boolean takeSeats(long sessionId, int quantity) {
        // The condition is the whole point: the row lock taken by this update serialises buyers,
        // and the re-evaluated WHERE refuses the one who comes too late.
        int updated = em.createNativeQuery("""
                        update session set seats_taken = seats_taken + ?1, version = version + 1
                        where id = ?2 and status = 'SCHEDULED' and seats_taken + ?1 <= capacity""")
                .setParameter(1, quantity)
                .setParameter(2, sessionId)
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public int takeSeats(Map<Long, Integer> seatsBySession) {
        if (seatsBySession.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                        update session s set seats_taken = s.seats_taken + wanted.seats, version = s.version + 1
                        from unnest(string_to_array(?1, ',')::bigint[], string_to_array(?2, ',')::int[])
                            as wanted(id, seats)
                        where s.id = wanted.id and s.status = 'SCHEDULED' and s.seats_taken + wanted.seats <= s.capacity""")
                .setParameter(1, seatsBySession.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .setParameter(2, seatsBySession.values().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .executeUpdate();
    }

    @Override
    public void releaseSeats(long sessionId, int quantity) {
        int updated = em.createNativeQuery("""
                        update session set seats_taken = seats_taken - ?1, version = version + 1
                        where id = ?2 and seats_taken >= ?1""")
                .setParameter(1, quantity)
                .setParameter(2, sessionId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("Session " + sessionId + " has fewer than " + quantity + " seats taken");
        }
    }

    @Override
    public SeatCount lockSeatCount(long sessionId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select capacity - seats_taken, status, starts_at from session where id = ?1 for update")
                .setParameter(1, sessionId)
                .getSingleResult();
        return new SeatCount(((Number) row[0]).intValue(), SessionStatus.valueOf((String) row[1]), instant(row[2]));
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) timestamp).toInstant();
    }
}
