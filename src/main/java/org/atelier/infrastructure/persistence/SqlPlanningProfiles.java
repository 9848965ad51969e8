package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.appointment.PlanningProfiles;
import org.atelier.domain.model.appointment.PlanningProfile;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The planning profiles of V18, and the segment an admin set on an account. */
@ApplicationScoped
public class SqlPlanningProfiles implements PlanningProfiles {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<PlanningProfile> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select name, length_minutes, earliest::text, latest::text, notice_minutes, days_ahead, days, suggestions
                from planning_profile order by name""").getResultList();
        return rows.stream().map(SqlPlanningProfiles::profile).toList();
    }

    @Override
    public boolean save(PlanningProfile profile) {
        return em.createNativeQuery("""
                        update planning_profile set length_minutes = ?2, earliest = cast(?3 as time), latest = cast(?4 as time),
                            notice_minutes = ?5, days_ahead = ?6, days = ?7, suggestions = ?8, version = version + 1
                        where name = ?1""")
                .setParameter(1, profile.name()).setParameter(2, profile.length().toMinutes())
                .setParameter(3, profile.earliest().toString()).setParameter(4, profile.latest().toString())
                .setParameter(5, profile.notice().toMinutes()).setParameter(6, profile.daysAhead())
                .setParameter(7, profile.days().stream().sorted().map(day -> String.valueOf(day.getValue()))
                        .collect(Collectors.joining(",")))
                .setParameter(8, profile.suggestions()).executeUpdate() == 1;
    }

    @Override
    public boolean setSegment(long accountId, Optional<String> segment) {
        return em.createNativeQuery("update account set planning_segment = ?2, version = version + 1 where id = ?1")
                .setParameter(1, accountId).setParameter(2, segment.orElse(null)).executeUpdate() == 1;
    }

    /** A profile as the page and the finder use it; shared with the finder's own read. */
    static PlanningProfile profile(Object[] row) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(((String) row[6]).split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).forEach(days::add);
        return new PlanningProfile((String) row[0], Duration.ofMinutes(((Number) row[1]).longValue()),
                LocalTime.parse(row[2].toString()), LocalTime.parse(row[3].toString()),
                Duration.ofMinutes(((Number) row[4]).longValue()), ((Number) row[5]).intValue(), days,
                ((Number) row[7]).intValue());
    }
}
