package org.atelier.domain.model.workshop;

import java.time.Duration;

/** What a visitor reads about a workshop; grouped so that a constructor stays readable. */
public record WorkshopDetails(String slug, String title, String description, String category,
                              String hostName, String imagePath, Duration duration) {
}
