package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.appointment.StudioPlanning;
import org.atelier.domain.model.appointment.HostAvailability;
import org.atelier.domain.model.appointment.HostAvailability.Hours;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.appointment.TimeSpan;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The slot finder's reads, one statement each (see {@link StudioPlanning}). */
@ApplicationScoped
public class SqlStudioPlanning implements StudioPlanning {

    private static final String SERVICE_COLUMNS = """
            w.id, w.slug, w.title, w.title_nl, w.description, w.description_nl, w.duration_minutes,
            w.base_price_amount, w.base_price_currency, w.location, w.category""";

    private static final String PUBLISHED_SERVICE = "w.kind = 'SERVICE' and w.status = 'PUBLISHED'";

    /** A service's hosts who are hosts still and keep hours, with those hours folded into one text each. */
    private static final String SERVICE_WITH_HOSTS = "select " + SERVICE_COLUMNS + """
            , a.id, a.display_name, h.zone, h.buffer_before_minutes, h.buffer_after_minutes, h.interval_minutes,
              (select string_agg(wh.weekday || ' ' || wh.starts || ' ' || wh.ends, ',' order by wh.weekday, wh.starts)
                 from host_weekly_hours wh where wh.account_id = a.id),
              (select string_agg(dh.on_date || ' ' || coalesce(dh.starts::text, '-') || ' ' || coalesce(dh.ends::text, '-'),
                                 ',' order by dh.on_date, dh.starts)
                 from host_date_hours dh where dh.account_id = a.id and dh.on_date between ?2 and ?3)
            from workshop w
            left join (service_host sh
                       join host_schedule h on h.account_id = sh.account_id
                       join account a on a.id = sh.account_id
                       join account_role r on r.account_id = sh.account_id and r.role = 'HOST')
                   on sh.workshop_id = w.id
            where\s""" + PUBLISHED_SERVICE;

    /**
     * Appointments whose seat is taken (the exclusion constraint's own index finds them), absences,
     * and the sessions of workshops the hosts run.
     */
    private static final String BUSY = """
            select s.host_account_id, s.blocked_from, s.blocked_until from session s
             where s.host_account_id is not null and s.host_account_id = any(string_to_array(?1, ',')::bigint[])
               and s.seats_taken > 0 and s.status = 'SCHEDULED'
               and tstzrange(s.blocked_from, s.blocked_until) && tstzrange(?2, ?3)
            union all
            select a.account_id, a.starts_at, a.ends_at from host_absence a
             where a.account_id = any(string_to_array(?1, ',')::bigint[]) and a.ends_at > ?2 and a.starts_at < ?3
            union all
            select w.host_account_id, s.starts_at, s.ends_at from session s join workshop w on w.id = s.workshop_id
             where w.host_account_id = any(string_to_array(?1, ',')::bigint[]) and w.kind = 'WORKSHOP'
               and s.status = 'SCHEDULED' and s.ends_at > ?2 and s.starts_at < ?3""";

    private static final String PROFILE = """
            select p.name, p.length_minutes, p.earliest::text, p.latest::text, p.notice_minutes, p.days_ahead, p.days, p.suggestions
            from planning_profile p
            where p.name = coalesce(
                (select planning_segment from account where id = ?1),
                (select 'resident' from account_role where account_id = ?1 and role = 'RESIDENT_ARTIST'),
                (select 'existing' from booking b join session s on s.id = b.session_id
                  where b.account_id = ?1 and b.state in ('CONFIRMED', 'COMPLETED', 'PARTIALLY_REFUNDED')
                    and s.starts_at < ?2 limit 1),
                'new')""";

    /** No account has this id: a guest's profile is decided as an account's without any history. */
    private static final long GUEST = -1;

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ServiceSummary> publishedServices() {
        List<Object[]> rows = em.createNativeQuery("select " + SERVICE_COLUMNS + " from workshop w where "
                + PUBLISHED_SERVICE + " order by w.title, w.id").getResultList();
        return rows.stream().map(SqlStudioPlanning::summary).toList();
    }

    @Override
    public Optional<ServiceHosts> service(long serviceId, LocalDate firstDay, LocalDate lastDay) {
        return serviceWhere("w.id = ?1", serviceId, firstDay, lastDay);
    }

    @Override
    public Optional<ServiceHosts> service(String slug, LocalDate firstDay, LocalDate lastDay) {
        return serviceWhere("w.slug = ?1", slug, firstDay, lastDay);
    }

    @SuppressWarnings("unchecked")
    private Optional<ServiceHosts> serviceWhere(String condition, Object key, LocalDate firstDay, LocalDate lastDay) {
        List<Object[]> rows = em.createNativeQuery(SERVICE_WITH_HOSTS + " and " + condition + " order by a.display_name, a.id")
                .setParameter(1, key)
                .setParameter(2, firstDay)
                .setParameter(3, lastDay)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Host> hosts = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[11] != null) {
                hosts.add(new Host(((Number) row[11]).longValue(), (String) row[12], availability(row)));
            }
        }
        return Optional.of(new ServiceHosts(summary(rows.get(0)), hosts));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, List<TimeSpan>> busy(Collection<Long> hostAccountIds, Instant from, Instant until) {
        if (hostAccountIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(BUSY)
                .setParameter(1, hostAccountIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .setParameter(2, SqlTimes.parameter(from))
                .setParameter(3, SqlTimes.parameter(until))
                .getResultList();
        Map<Long, List<TimeSpan>> busy = new HashMap<>();
        for (Object[] row : rows) {
            busy.computeIfAbsent(((Number) row[0]).longValue(), host -> new ArrayList<>())
                    .add(new TimeSpan(SqlTimes.instant(row[1]), SqlTimes.instant(row[2])));
        }
        return busy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public PlanningProfile profileFor(Long accountId, Instant now) {
        List<Object[]> rows = em.createNativeQuery(PROFILE)
                .setParameter(1, accountId == null ? GUEST : accountId)
                .setParameter(2, SqlTimes.parameter(now))
                .getResultList();
        if (rows.isEmpty()) {
            // An admin may not remove the profile of a segment; should one be missing, guests' rules hold.
            return PlanningProfile.NEW;
        }
        return SqlPlanningProfiles.profile(rows.get(0));
    }

    @Override
    public int openHolds(String buyerEmail, Long accountId, Instant now) {
        Object count = em.createNativeQuery("""
                        select count(*) from booking b join session s on s.id = b.session_id
                        where s.host_account_id is not null and b.state in ('HELD', 'PAYMENT_PENDING')
                          and b.hold_expires_at > ?3 and (lower(b.buyer_email) = lower(?1) or b.account_id = ?2)""")
                .setParameter(1, buyerEmail == null ? "" : buyerEmail.strip())
                .setParameter(2, accountId == null ? GUEST : accountId)
                .setParameter(3, SqlTimes.parameter(now))
                .getSingleResult();
        return (int) number(count);
    }

    private static ServiceSummary summary(Object[] row) {
        return new ServiceSummary(number(row[0]), (String) row[1], new BilingualText((String) row[2], (String) row[3]),
                new BilingualText((String) row[4], (String) row[5]), Duration.ofMinutes(number(row[6])),
                Money.of(number(row[7]), (String) row[8]), (String) row[9], (String) row[10]);
    }

    private static HostAvailability availability(Object[] row) {
        Map<DayOfWeek, List<Hours>> weekly = new LinkedHashMap<>();
        for (String[] stretch : stretches((String) row[17])) {
            weekly.computeIfAbsent(DayOfWeek.of(Integer.parseInt(stretch[0])), day -> new ArrayList<>())
                    .add(new Hours(LocalTime.parse(stretch[1]), LocalTime.parse(stretch[2])));
        }
        Map<LocalDate, List<Hours>> overrides = new LinkedHashMap<>();
        for (String[] stretch : stretches((String) row[18])) {
            List<Hours> day = overrides.computeIfAbsent(LocalDate.parse(stretch[0]), date -> new ArrayList<>());
            if (!"-".equals(stretch[1])) {
                day.add(new Hours(LocalTime.parse(stretch[1]), LocalTime.parse(stretch[2])));
            }
        }
        return new HostAvailability(ZoneId.of((String) row[13]), weekly, overrides, Duration.ofMinutes(number(row[14])),
                Duration.ofMinutes(number(row[15])), Duration.ofMinutes(number(row[16])));
    }

    private static List<String[]> stretches(String folded) {
        return folded == null ? List.of() : Arrays.stream(folded.split(",")).map(stretch -> stretch.split(" ")).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
