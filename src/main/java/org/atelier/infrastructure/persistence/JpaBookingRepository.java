package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Booking> findByReference(String reference) {
        return em.createQuery("select b from Booking b where b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Booking> lockByReference(String reference) {
        return em.createQuery("select b from Booking b where b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<Long, List<Instant>> freeBookingsSince(long accountId, Instant since) {
        Map<Long, List<Instant>> byRule = new HashMap<>();
        em.createQuery("""
                        select b.terms.price.ruleId, b.createdAt from Booking b
                        where b.accountId = :account and b.createdAt >= :since and b.terms.total.amount = 0
                          and b.terms.price.ruleId is not null and b.state not in :released""", Object[].class)
                .setParameter("account", accountId)
                .setParameter("since", since)
                .setParameter("released", List.of(BookingState.CANCELLED, BookingState.ABANDONED))
                .getResultList()
                .forEach(row -> byRule.computeIfAbsent((Long) row[0], rule -> new ArrayList<>()).add((Instant) row[1]));
        return byRule;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> findUpcomingBookedIdsOfHost(long hostAccountId, Instant now) {
        List<Number> ids = em.createNativeQuery("""
                        select b.id from booking b
                        join session s on s.id = b.session_id
                        join workshop w on w.id = s.workshop_id
                        where coalesce(s.host_account_id, w.host_account_id) = ?1 and s.starts_at > ?2
                          and b.state in ('CONFIRMED', 'PARTIALLY_REFUNDED', 'COMPLETED')""")
                .setParameter(1, hostAccountId)
                .setParameter(2, SqlTimes.parameter(now))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<Long> findIdByReference(String reference) {
        return em.createNativeQuery("select id from booking where reference = ?1").setParameter(1, reference)
                .getResultList().stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public void claimVersion(Booking booking) {
        em.lock(booking, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public List<Booking> findHoldingSeats(long sessionId) {
        return em.createQuery("select b from Booking b where b.session.id = :session and b.state in :holding order by b.id",
                        Booking.class)
                .setParameter("session", sessionId)
                .setParameter("holding", Arrays.stream(BookingState.values()).filter(BookingState::holdsSeats).toList())
                .getResultList();
    }

    @Override
    public List<Booking> findByAccount(long accountId, int limit) {
        return em.createQuery("""
                        select b from Booking b join fetch b.session s join fetch s.workshop
                        where b.accountId = :account order by s.startsAt desc, b.id desc""", Booking.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Booking> findById(long id) {
        return Optional.ofNullable(em.find(Booking.class, id));
    }

    @Override
    public Optional<Booking> findByIdempotencyKey(String idempotencyKey) {
        return em.createQuery("select b from Booking b where b.hold.idempotencyKey = :key", Booking.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PendingCheckout> findCheckoutsPastHold(Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select reference, payment_provider, provider_checkout_id from booking
                        where state = 'PAYMENT_PENDING' and payment_provider = 'stripe' and hold_expires_at <= ?1
                        order by hold_expires_at
                        limit ?2""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new PendingCheckout((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    @Override
    public Optional<Booking> findOpenHold(long sessionId, String buyerEmail, int quantity, String keyPrefix) {
        return em.createQuery("""
                        select b from Booking b
                        where b.session.id = :session and b.buyer.email = :email and b.terms.seats = :quantity
                          and b.state in :open and locate(:prefix, b.hold.idempotencyKey) = 1
                        order by b.createdAt desc""", Booking.class)
                .setParameter("session", sessionId)
                .setParameter("email", buyerEmail == null ? "" : buyerEmail.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("quantity", quantity)
                .setParameter("open", List.of(BookingState.HELD, BookingState.PAYMENT_PENDING, BookingState.PAYMENT_FAILED))
                .setParameter("prefix", keyPrefix)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OpenHold> openHolds(long sessionId, Collection<String> buyerEmails, Collection<Long> accountIds, Instant now) {
        return em.createQuery("""
                        select b.buyer.email, b.accountId, b.hold.expiresAt from Booking b
                        where b.session.id = :session and (b.buyer.email in :emails or b.accountId in :accounts)
                          and (b.state in :awaiting and b.hold.expiresAt > :now or b.state in :settled and b.terms.total.amount = 0)""",
                        Object[].class)
                .setParameter("session", sessionId)
                .setParameter("emails", buyerEmails.isEmpty() ? List.of("") : buyerEmails)
                .setParameter("accounts", accountIds.isEmpty() ? List.of(-1L) : accountIds)
                .setParameter("awaiting", List.of(BookingState.HELD, BookingState.PAYMENT_PENDING, BookingState.PAYMENT_FAILED))
                .setParameter("settled", List.of(BookingState.CONFIRMED, BookingState.COMPLETED, BookingState.PARTIALLY_REFUNDED))
                .setParameter("now", now)
                .getResultStream()
                .map(row -> new OpenHold((String) row[0], (Long) row[1], (Instant) row[2]))
                .toList();
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Booking> lockExpiredHolds(Instant now, int limit) {
        List<Long> ids = em.createNativeQuery("""
                        select id from booking
                        where state in ('HELD', 'PAYMENT_PENDING', 'PAYMENT_FAILED') and hold_expires_at <= ?1
                          and not (state = 'PAYMENT_PENDING' and payment_provider = 'stripe')
                        order by hold_expires_at
                        limit ?2
                        for update skip locked""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList();
        return ids.stream().map(id -> em.find(Booking.class, id)).toList();
    }
}
