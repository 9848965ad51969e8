package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;
import org.atelier.domain.model.workshop.WorkshopKind;
import org.atelier.domain.model.workshop.WorkshopStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkshopRepository implements WorkshopRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Workshop> findBySlug(String slug) {
        return em.createQuery("select w from Workshop w where w.slug = :slug", Workshop.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Workshop> findById(long id) {
        return Optional.ofNullable(em.find(Workshop.class, id));
    }

    @Override
    public List<Upcoming> findPublishedWithUpcomingSessions(Instant now) {
        List<Object[]> rows = em.createQuery("""
                        select w, s from Workshop w
                        left join Session s on s.workshop = w and s.status = :scheduled and s.startsAt > :now
                        where w.status = :published and w.kind = :workshop
                        order by w.title, w.id, s.startsAt, s.id""", Object[].class)
                .setParameter("published", WorkshopStatus.PUBLISHED)
                .setParameter("workshop", WorkshopKind.WORKSHOP)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
        Map<Workshop, List<Session>> upcoming = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<Session> sessions = upcoming.computeIfAbsent((Workshop) row[0], workshop -> new ArrayList<>());
            if (row[1] != null) {
                sessions.add((Session) row[1]);
            }
        }
        return upcoming.entrySet().stream().map(entry -> new Upcoming(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public boolean isCatalogueEmpty() {
        return em.createQuery("select w.id from Workshop w", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Workshop workshop) {
        em.persist(workshop);
    }

    @Override
    public List<Workshop> findAll() {
        return em.createQuery("select w from Workshop w order by w.status, w.title", Workshop.class).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
