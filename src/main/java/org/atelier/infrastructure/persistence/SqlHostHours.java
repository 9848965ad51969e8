package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.appointment.HostHoursStore;
import org.atelier.domain.model.appointment.HostAvailability;
import org.atelier.domain.model.appointment.HostAvailability.Hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A host's hours and absences in the tables of V18. */
@ApplicationScoped
public class SqlHostHours implements HostHoursStore {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<HostAvailability> weekOf(long hostAccountId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select h.zone, h.buffer_before_minutes, h.buffer_after_minutes, h.interval_minutes,
                               w.weekday, w.starts::text, w.ends::text
                        from host_schedule h left join host_weekly_hours w on w.account_id = h.account_id
                        where h.account_id = ?1 order by w.weekday, w.starts""")
                .setParameter(1, hostAccountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<Hours>> weekly = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                weekly.computeIfAbsent(DayOfWeek.of(((Number) row[4]).intValue()), day -> new ArrayList<>())
                        .add(new Hours(LocalTime.parse((String) row[5]), LocalTime.parse((String) row[6])));
            }
        }
        Object[] first = rows.get(0);
        return Optional.of(new HostAvailability(ZoneId.of((String) first[0]), weekly, Map.of(),
                minutes(first[1]), minutes(first[2]), minutes(first[3])));
    }

    @Override
    public void keep(long hostAccountId, HostAvailability week, Instant now) {
        em.createNativeQuery("""
                        insert into host_schedule (account_id, zone, buffer_before_minutes, buffer_after_minutes,
                            interval_minutes, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (account_id) do update set zone = excluded.zone,
                            buffer_before_minutes = excluded.buffer_before_minutes,
                            buffer_after_minutes = excluded.buffer_after_minutes, interval_minutes = excluded.interval_minutes,
                            updated_at = excluded.updated_at, version = host_schedule.version + 1""")
                .setParameter(1, hostAccountId).setParameter(2, week.zone().getId())
                .setParameter(3, week.bufferBefore().toMinutes()).setParameter(4, week.bufferAfter().toMinutes())
                .setParameter(5, week.interval().toMinutes()).setParameter(6, SqlTimes.parameter(now)).executeUpdate();
        em.createNativeQuery("delete from host_weekly_hours where account_id = ?1").setParameter(1, hostAccountId).executeUpdate();
        week.weekly().forEach((day, stretches) -> stretches.forEach(hours -> em.createNativeQuery("""
                        insert into host_weekly_hours (account_id, weekday, starts, ends)
                        values (?1, ?2, cast(?3 as time), cast(?4 as time))""")
                .setParameter(1, hostAccountId).setParameter(2, day.getValue())
                .setParameter(3, hours.from().toString()).setParameter(4, hours.until().toString()).executeUpdate()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Absence> absencesOf(long hostAccountId, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, starts_at, ends_at, reason from host_absence
                        where account_id = ?1 and ends_at > ?2 order by starts_at, id""")
                .setParameter(1, hostAccountId).setParameter(2, SqlTimes.parameter(now)).getResultList();
        return rows.stream().map(row -> new Absence(((Number) row[0]).longValue(), SqlTimes.instant(row[1]),
                SqlTimes.instant(row[2]), (String) row[3])).toList();
    }

    @Override
    public void addAbsence(long hostAccountId, Instant from, Instant until, String reason, Instant now) {
        em.createNativeQuery("""
                        insert into host_absence (id, account_id, starts_at, ends_at, reason, created_at)
                        values (nextval('host_absence_id_seq'), ?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, hostAccountId).setParameter(2, SqlTimes.parameter(from))
                .setParameter(3, SqlTimes.parameter(until)).setParameter(4, reason)
                .setParameter(5, SqlTimes.parameter(now)).executeUpdate();
    }

    @Override
    public boolean removeAbsence(long hostAccountId, long absenceId) {
        return em.createNativeQuery("delete from host_absence where id = ?1 and account_id = ?2")
                .setParameter(1, absenceId).setParameter(2, hostAccountId).executeUpdate() == 1;
    }

    private static Duration minutes(Object value) {
        return Duration.ofMinutes(((Number) value).longValue());
    }
}
