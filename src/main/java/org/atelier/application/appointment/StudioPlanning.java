package org.atelier.application.appointment;

import org.atelier.domain.model.appointment.HostAvailability;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.appointment.TimeSpan;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the slot finder reads: a read port that persistence answers in one statement per method,
 * so a month of slots costs three statements however many appointments a host has.
 */
public interface StudioPlanning {

    /** The published services, by name. */
    List<ServiceSummary> publishedServices();

    /**
     * A published service with the hosts who give it and keep working hours, each with their
     * hours (date overrides from {@code firstDay} to {@code lastDay}); empty for no such service.
     */
    Optional<ServiceHosts> service(long serviceId, LocalDate firstDay, LocalDate lastDay);

    /** The same, found by the address of its page. */
    Optional<ServiceHosts> service(String slug, LocalDate firstDay, LocalDate lastDay);

    /**
     * What keeps each host busy between {@code from} and {@code until}: appointments whose seat is
     * taken (widened by their buffers), absences, and the sessions of workshops they host.
     */
    Map<Long, List<TimeSpan>> busy(Collection<Long> hostAccountIds, Instant from, Instant until);

    /**
     * The viewer's planning profile: the segment an admin set first, then residents' own, then
     * "existing" for anyone with a past confirmed booking, else "new" (also for a guest).
     */
    PlanningProfile profileFor(Long accountId, Instant now);

    /** Unpaid appointment holds still in time of one buyer, by address or account. */
    int openHolds(String buyerEmail, Long accountId, Instant now);

    record ServiceSummary(long id, String slug, BilingualText title, BilingualText description, Duration duration,
                          Money basePrice, String location, String category) {
    }

    record ServiceHosts(ServiceSummary service, List<Host> hosts) {

        public ServiceHosts {
            hosts = List.copyOf(hosts);
        }

        public Optional<Host> host(long accountId) {
            return hosts.stream().filter(host -> host.accountId() == accountId).findFirst();
        }
    }

    record Host(long accountId, String name, HostAvailability availability) {
    }
}
