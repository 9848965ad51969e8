package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;
import org.atelier.domain.model.workshop.WorkshopStatus;

import java.util.List;
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
    public List<Workshop> findPublished() {
        return em.createQuery("select w from Workshop w where w.status = :status order by w.title", Workshop.class)
                .setParameter("status", WorkshopStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public boolean isCatalogueEmpty() {
        return em.createQuery("select w.id from Workshop w", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Workshop workshop) {
        em.persist(workshop);
    }
}
