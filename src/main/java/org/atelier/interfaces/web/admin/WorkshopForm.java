package org.atelier.interfaces.web.admin;

import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.CancellationPolicy;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;

/** The workshop form's fields; the price in euros as typed. */
public class WorkshopForm implements Serializable {

    private Long id;
    private String slug;
    private String title;
    private String titleNl;
    private String description;
    private String descriptionNl;
    private String category = "ceramics";
    private String hostName;
    private Integer minutes = 120;
    private BigDecimal price;
    private Integer maxSeats = 4;
    private Integer fullRefundHours = 48;
    private Integer partialRefundHours = 24;
    private Integer partialRefundPercent = 50;
    private String hostEmail;

    static WorkshopForm of(long id, Workshop workshop, String hostEmail) {
        WorkshopDetails details = workshop.details();
        WorkshopForm form = new WorkshopForm();
        form.id = id;
        form.slug = details.slug();
        form.title = details.title().english();
        form.titleNl = details.title().dutchText().orElse(null);
        form.description = details.description().english();
        form.descriptionNl = details.description().dutchText().orElse(null);
        form.category = details.category();
        form.hostName = details.hostName();
        form.minutes = (int) details.duration().toMinutes();
        form.price = TypedMoney.shown(workshop.basePrice());
        form.maxSeats = workshop.maxSeatsPerBooking();
        CancellationPolicy policy = workshop.cancellationPolicy();
        form.fullRefundHours = policy.fullRefundHours();
        form.partialRefundHours = policy.partialRefundHours();
        form.partialRefundPercent = policy.partialRefundPercent();
        form.hostEmail = hostEmail;
        return form;
    }

    /** The workshop's details as the domain checks them. */
    WorkshopDetails details() {
        return new WorkshopDetails(slug, new BilingualText(title, titleNl),
                new BilingualText(description, descriptionNl), category, hostName,
                "images/workshops/" + category + ".svg", Duration.ofMinutes(minutes == null ? 0 : minutes));
    }

    /** The price in cents; a price with fractions of a cent is refused. */
    Money basePrice() {
        return TypedMoney.of(price == null ? BigDecimal.ZERO : price, "EUR")
                .orElseThrow(() -> new BookingException("workshop.price.negative"));
    }

    /** The cancellation terms as typed; the domain refuses ones that give back more later than earlier. */
    CancellationPolicy cancellationPolicy() {
        return CancellationPolicy.of(orZero(fullRefundHours), orZero(partialRefundHours), orZero(partialRefundPercent));
    }

    private static int orZero(Integer typed) {
        return typed == null ? 0 : typed;
    }

    public Integer getFullRefundHours() {
        return fullRefundHours;
    }

    public void setFullRefundHours(Integer fullRefundHours) {
        this.fullRefundHours = fullRefundHours;
    }

    public Integer getPartialRefundHours() {
        return partialRefundHours;
    }

    public void setPartialRefundHours(Integer partialRefundHours) {
        this.partialRefundHours = partialRefundHours;
    }

    public Integer getPartialRefundPercent() {
        return partialRefundPercent;
    }

    public void setPartialRefundPercent(Integer partialRefundPercent) {
        this.partialRefundPercent = partialRefundPercent;
    }

    int seatsPerBooking() {
        return maxSeats == null ? 0 : maxSeats;
    }

    public String getHostEmail() {
        return hostEmail;
    }

    public void setHostEmail(String hostEmail) {
        this.hostEmail = hostEmail;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public void setDescriptionNl(String descriptionNl) {
        this.descriptionNl = descriptionNl;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getMaxSeats() {
        return maxSeats;
    }

    public void setMaxSeats(Integer maxSeats) {
        this.maxSeats = maxSeats;
    }
}
