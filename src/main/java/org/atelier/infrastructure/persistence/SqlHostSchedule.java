package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.calendar.HostSchedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A host's sessions with their settled bookings and participants, in one query. */
@ApplicationScoped
public class SqlHostSchedule implements HostSchedule {

    private static final String SELECT = """
            select s.id, w.title, s.starts_at, s.location, s.capacity, s.seats_taken,
                   b.reference, b.buyer_name, b.buyer_email, b.quantity, p.name, p.email,
                   coalesce(s.host_account_id, w.host_account_id)
            from session s
            join workshop w on w.id = s.workshop_id
            left join booking b on b.session_id = s.id
                 and b.state in ('CONFIRMED', 'COMPLETED', 'PARTIALLY_REFUNDED')
            left join booking_participant p on p.booking_id = b.id and p.removed_at is null""";

    private static final String ORDER = " order by s.starts_at, s.id, b.created_at, b.id, p.position";

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<HostedSession> sessionsOf(long hostAccountId, Instant from, Instant until) {
        return sessions(em.createNativeQuery(SELECT
                        + " where (w.host_account_id = ?1 or (s.host_account_id = ?1 and s.seats_taken > 0))"
                        + " and s.status = 'SCHEDULED' and s.starts_at >= ?2 and s.starts_at < ?3"
                        + ORDER)
                .setParameter(1, hostAccountId)
                .setParameter(2, SqlTimes.parameter(from))
                .setParameter(3, SqlTimes.parameter(until))
                .getResultList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<HostedSession> session(long sessionId) {
        return sessions(em.createNativeQuery(SELECT + " where s.id = ?1" + ORDER).setParameter(1, sessionId).getResultList())
                .stream().findFirst();
    }

    private static List<HostedSession> sessions(List<Object[]> rows) {
        Map<Long, Session> sessions = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Session session = sessions.computeIfAbsent(((Number) row[0]).longValue(), id -> new Session(row));
            if (row[6] != null) {
                Booking booking = session.bookings.computeIfAbsent((String) row[6], reference -> new Booking(row));
                if (row[10] != null) {
                    booking.participants.add(new Guest((String) row[10], (String) row[11]));
                }
            }
        }
        return sessions.values().stream().map(Session::hosted).toList();
    }

    /** A session as the rows tell it, gathering its bookings. */
    private static final class Session {
        final Object[] first;
        final Map<String, Booking> bookings = new LinkedHashMap<>();

        Session(Object[] row) {
            this.first = row;
        }

        HostedSession hosted() {
            return new HostedSession(((Number) first[0]).longValue(), (String) first[1], SqlTimes.instant(first[2]),
                    (String) first[3], ((Number) first[4]).intValue(), ((Number) first[5]).intValue(),
                    first[12] == null ? null : ((Number) first[12]).longValue(), bookings.values().stream().map(Booking::attendance).toList());
        }
    }

    private static final class Booking {
        final Object[] first;
        final List<Guest> participants = new ArrayList<>();

        Booking(Object[] row) {
            this.first = row;
        }

        Attendance attendance() {
            return new Attendance((String) first[6], (String) first[7], (String) first[8], ((Number) first[9]).intValue(),
                    participants);
        }
    }
}
