package org.atelier.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.atelier.application.admin.AdminAnalytics;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Backs /admin/analytics: the figures of a period (a year by default) as charts with the numbers
 * beside them. The period and the bucket come from the address, so a view can be shared.
 */
@Named
@ViewScoped
public class AdminAnalyticsBacking implements Serializable {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AdminAnalytics analytics;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private LocalDate from;
    private LocalDate until;
    private AdminAnalytics.Bucket bucket = AdminAnalytics.Bucket.MONTH;
    private AdminAnalytics.Figures figures;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (until == null) {
            until = today;
        }
        if (from == null || from.isAfter(until)) {
            from = until.minusYears(1).plusDays(1);
        }
        figures = analytics.figures(from, until, bucket);
    }

    public AdminAnalytics.Figures getFigures() {
        return figures;
    }

    /** Bookings made and paid per bucket, as a Chart.js line chart. */
    public String getBookingsChart() {
        return chart("line", List.of(
                dataset("admin.analytics.bookings", p -> BigDecimal.valueOf(p.bookings())),
                dataset("admin.analytics.paid", p -> BigDecimal.valueOf(p.paid()))));
    }

    /** Net revenue per bucket, as a Chart.js bar chart, in euros. */
    public String getRevenueChart() {
        return chart("bar", List.of(dataset("admin.analytics.net",
                p -> BigDecimal.valueOf(p.revenue().amount(), 2))));
    }

    private String chart(String type, List<JsonObjectBuilder> datasets) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        figures.series().forEach(p -> labels.add(p.start().toString()));
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        datasets.forEach(sets::add);
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder().add("animation", false)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String labelKey, Function<AdminAnalytics.Point, BigDecimal> value) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        figures.series().forEach(p -> data.add(value.apply(p)));
        return JSON.createObjectBuilder().add("label", Messages.text(FacesContext.getCurrentInstance(), labelKey))
                .add("data", data);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public AdminAnalytics.Bucket getBucket() {
        return bucket;
    }

    public void setBucket(AdminAnalytics.Bucket bucket) {
        this.bucket = bucket;
    }

    public List<AdminAnalytics.Bucket> getBuckets() {
        return List.of(AdminAnalytics.Bucket.values());
    }
}
