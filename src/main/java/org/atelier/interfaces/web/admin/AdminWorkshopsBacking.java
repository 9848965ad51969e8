package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminCatalogue;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Backs /admin/workshops: create, edit, publish and archive workshops, and schedule their sessions. */
@Named
@ViewScoped
public class AdminWorkshopsBacking implements Serializable {

    @Inject
    AdminCatalogue catalogue;

    private List<AdminCatalogue.WorkshopLine> workshops;
    private WorkshopForm form = new WorkshopForm();
    private Long scheduleFor;
    private LocalDateTime firstStart;
    private String location;
    private Integer capacity = 10;
    private Integer weeks = 1;

    public void startNew() {
        form = new WorkshopForm();
    }

    public void edit(AdminCatalogue.WorkshopLine line) {
        Workshop workshop = catalogue.workshop(line.id());
        form = WorkshopForm.of(line.id(), workshop, catalogue.hostEmail(workshop));
    }

    public void save() {
        try {
            catalogue.saveWorkshop(form.getId(), form.details(), form.basePrice(), form.seatsPerBooking(),
                    form.cancellationPolicy(), form.getHostEmail());
            Messages.info(null, "admin.workshops.saved", form.getTitle());
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

    public WorkshopForm getForm() {
        return form;
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
