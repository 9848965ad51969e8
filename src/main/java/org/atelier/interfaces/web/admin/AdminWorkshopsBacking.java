package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminCatalogue;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** Backs /admin/workshops: create, edit, publish and archive workshops, and schedule their sessions. */
@Named
@ViewScoped
public class AdminWorkshopsBacking implements Serializable {

    @Inject
    AdminCatalogue catalogue;

    private List<AdminCatalogue.WorkshopLine> workshops;
    private Long id;
    private String slug;
    private String title;
    private String description;
    private String category = "ceramics";
    private String hostName;
    private Integer minutes = 120;
    private BigDecimal price;
    private Integer maxSeats = 4;
    private Long scheduleFor;
    private LocalDateTime firstStart;
    private String location;
    private Integer capacity = 10;
    private Integer weeks = 1;

    public void startNew() {
        id = null;
        slug = null;
        title = null;
        description = null;
        hostName = null;
        price = null;
    }

    public void edit(AdminCatalogue.WorkshopLine line) {
        Workshop workshop = catalogue.workshop(line.id());
        WorkshopDetails details = workshop.details();
        id = line.id();
        slug = details.slug();
        title = details.title();
        description = details.description();
        category = details.category();
        hostName = details.hostName();
        minutes = (int) details.duration().toMinutes();
        price = BigDecimal.valueOf(workshop.basePrice().amount(), 2);
        maxSeats = workshop.maxSeatsPerBooking();
    }

    public void save() {
        try {
            BigDecimal cents = price == null ? BigDecimal.ZERO : price.movePointRight(2);
            if (cents.stripTrailingZeros().scale() > 0) {
                throw new BookingException("workshop.price.negative");
            }
            WorkshopDetails details = new WorkshopDetails(slug, title, description, category, hostName,
                    "images/workshops/" + category + ".svg", Duration.ofMinutes(minutes == null ? 0 : minutes));
            catalogue.saveWorkshop(id, details, Money.of(cents.longValueExact(), "EUR"), maxSeats == null ? 0 : maxSeats);
            Messages.info(null, "admin.workshops.saved", title);
            workshops = null;
            startNew();
        } catch (BookingException e) {
            Messages.error("workshopForm:messages", e);
        }
    }

    public void publish(AdminCatalogue.WorkshopLine line) {
        act(() -> catalogue.publish(line.id()), "admin.workshops.published", line.title());
    }

    public void archive(AdminCatalogue.WorkshopLine line) {
        act(() -> catalogue.archive(line.id()), "admin.workshops.archived", line.title());
    }

    public void schedule() {
        try {
            int made = catalogue.scheduleWeekly(scheduleFor, firstStart, location, capacity == null ? 0 : capacity,
                    weeks == null ? 0 : weeks);
            Messages.info(null, "admin.workshops.scheduled", made);
        } catch (BookingException e) {
            Messages.error("scheduleForm:messages", e);
        }
    }

    private void act(Runnable action, String done, String title) {
        try {
            action.run();
            Messages.info(null, done, title);
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        workshops = null;
    }

    public List<AdminCatalogue.WorkshopLine> getWorkshops() {
        if (workshops == null) {
            workshops = catalogue.workshops();
        }
        return workshops;
    }

    public List<String> getCategories() {
        return List.of("ceramics", "printmaking", "painting", "drawing", "textiles", "photography");
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

    public Long getScheduleFor() {
        return scheduleFor;
    }

    public void setScheduleFor(Long scheduleFor) {
        this.scheduleFor = scheduleFor;
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public void setFirstStart(LocalDateTime firstStart) {
        this.firstStart = firstStart;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
