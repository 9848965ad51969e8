package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.BusinessFigures;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shared figures in SQL aggregates: one pass over payments and refunds, one over sessions. */
@ApplicationScoped
public class SqlBusinessFigures implements BusinessFigures {

    /** Money in and money back, each on the moment it moved; refunds count once they succeeded. */
    private static final String MONEY_MOVED = """
            select paid_at as at, amount from payment where paid_at >= ?1 and paid_at < ?2
            union all
            select created_at, -amount from refund where status = 'SUCCEEDED' and created_at >= ?1 and created_at < ?2""";

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    @Override
    public Money revenue(Instant from, Instant until) {
        Number net = (Number) em.createNativeQuery("select coalesce(sum(amount), 0) from (" + MONEY_MOVED + ") moved")
                .setParameter(1, SqlTimes.parameter(from)).setParameter(2, SqlTimes.parameter(until))
                .getSingleResult();
        return euros(net.longValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<LocalDate, Money> revenueBy(String unit, Instant from, Instant until) {
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(date_trunc(?3, at at time zone ?4) as date), sum(amount)
                        from (MOVED) moved group by 1""".replace("MOVED", MONEY_MOVED))
                .setParameter(1, SqlTimes.parameter(from)).setParameter(2, SqlTimes.parameter(until))
                .setParameter(3, unit).setParameter(4, zone.getId())
                .getResultList();
        Map<LocalDate, Money> revenue = new HashMap<>();
        rows.forEach(row -> revenue.put(((Date) row[0]).toLocalDate(), euros(((Number) row[1]).longValue())));
        return revenue;
    }

    @Override
    public Occupancy occupancy(Instant from, Instant until) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(seats_taken), 0), coalesce(sum(capacity), 0) from session
                        where status <> 'CANCELLED' and starts_at >= ?1 and starts_at < ?2""")
                .setParameter(1, SqlTimes.parameter(from)).setParameter(2, SqlTimes.parameter(until))
                .getSingleResult();
        return new Occupancy(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static Money euros(long cents) {
        return Money.of(cents, "EUR");
    }
}
