package org.atelier.domain.model.workshop;

import java.util.List;
import java.util.Optional;

public interface WorkshopRepository {

    Optional<Workshop> findBySlug(String slug);

    Optional<Workshop> findById(long id);

    List<Workshop> findPublished();

    boolean isCatalogueEmpty();

    void add(Workshop workshop);
}
