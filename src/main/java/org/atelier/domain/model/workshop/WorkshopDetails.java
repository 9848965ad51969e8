package org.atelier.domain.model.workshop;

import org.atelier.domain.model.shared.BilingualText;

import java.time.Duration;

/** What a visitor reads about a workshop; grouped so that a constructor stays readable. */
public record WorkshopDetails(String slug, BilingualText title, BilingualText description, String category,
                              String hostName, String imagePath, Duration duration) {
}
