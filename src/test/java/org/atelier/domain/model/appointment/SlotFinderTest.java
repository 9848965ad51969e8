package org.atelier.domain.model.appointment;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the slot finder, on the host's clock in Europe/Amsterdam. */
class SlotFinderTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final HostAvailability.Hours MORNING = hours("09:00", "12:00");
    private static final HostAvailability.Hours AFTERNOON = hours("13:00", "17:00");

    @Test
    void onTheSpringForwardSundayTheHoursStayOnTheHostsClock() {
        Instant now = at("2026-03-27T08:00");
        List<Instant> saturday = day(PlanningProfile.PREMIUM, host(everyDay(MORNING, AFTERNOON), Map.of()), now, "2026-03-28");
        List<Instant> sunday = day(PlanningProfile.PREMIUM, host(everyDay(MORNING, AFTERNOON), Map.of()), now, "2026-03-29");
        assertEquals(Instant.parse("2026-03-28T08:00:00Z"), saturday.get(0), "09:00 in winter time");
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), sunday.get(0), "09:00 in summer time");
        assertEquals(saturday.size(), sunday.size(), "the same hours, however long the night was");
        assertEquals(List.of("09:00", "09:30", "10:00", "10:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30"),
                clock(sunday), "90 minutes each, inside the stretch, not across the break");
    }

    @Test
    void anHourTheClocksSkipHasNoSlotAndASlotAcrossTheChangeLastsItsRealLength() {
        HostAvailability nightOwl = new HostAvailability(AMSTERDAM, everyDay(hours("01:00", "04:00")), Map.of(),
                Duration.ZERO, Duration.ZERO, Duration.ofHours(1));
        PlanningProfile hour = profile(Duration.ofHours(1), "00:00", "23:59", EnumSet.allOf(DayOfWeek.class));
        assertEquals(List.of(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z")),
                day(hour, nightOwl, at("2026-03-27T08:00"), "2026-03-29"), "01:00 and 03:00; 02:00 does not exist");
        List<Instant> fallBack = day(hour, nightOwl, at("2026-10-23T08:00"), "2026-10-25");
        assertEquals(Instant.parse("2026-10-24T23:00:00Z"), fallBack.get(0), "01:00 in summer time");
        assertEquals(List.of(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-25T02:00:00Z")), fallBack,
                "01:00, the first 02:00 (the grid is on the clock, which shows 02:00 twice) and 03:00, ending at 04:00");
    }

    @Test
    void onTheFallBackSundayTooTheHoursStayOnTheHostsClock() {
        Instant now = at("2026-10-23T08:00");
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        assertEquals(Instant.parse("2026-10-24T07:00:00Z"), day(PlanningProfile.PREMIUM, host, now, "2026-10-24").get(0));
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), day(PlanningProfile.PREMIUM, host, now, "2026-10-25").get(0));
    }

    @Test
    void aViewerInAnotherZoneSeesTheSameSlotsOnTheirOwnClock() {
        List<Instant> starts = day(PlanningProfile.EXISTING, host(everyDay(MORNING, AFTERNOON), Map.of()),
                at("2026-03-20T08:00"), "2026-03-24");
        assertEquals(LocalTime.of(9, 0), starts.get(0).atZone(AMSTERDAM).toLocalTime());
        assertEquals(LocalTime.of(4, 0), starts.get(0).atZone(ZoneId.of("America/New_York")).toLocalTime(),
                "the host's 09:00 is 04:00 in New York, and the profile's hours are the host's, not the viewer's");
    }

    @Test
    void minimumNoticeIsKeptToTheMinute() {
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        // NEW asks 12 hours' notice and starts at 10:00.
        List<Instant> exactly = day(PlanningProfile.NEW, host, at("2026-03-23T21:00"), "2026-03-24");
        assertEquals("10:00", clock(exactly).get(0), "NEW starts at 10:00, its earliest hour");
        List<Instant> tight = day(PlanningProfile.NEW, host, at("2026-03-23T22:00"), "2026-03-24");
        assertEquals("10:00", clock(tight).get(0), "10:00 is exactly 12 hours after 22:00: still bookable");
        List<Instant> late = day(PlanningProfile.NEW, host, at("2026-03-23T22:01"), "2026-03-24");
        assertEquals("10:30", clock(late).get(0), "a minute less than 12 hours is too little");
    }

    @Test
    void buffersKeepTheSlotClearOnBothSides() {
        HostAvailability host = new HostAvailability(AMSTERDAM, everyDay(hours("09:00", "17:00")), Map.of(),
                Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
        PlanningProfile half = profile(Duration.ofMinutes(30), "09:00", "17:00", EnumSet.allOf(DayOfWeek.class));
        // An appointment 11:00-12:00, kept apart by its own 15-minute buffers: 10:45-12:15.
        List<TimeSpan> busy = List.of(new TimeSpan(at("2026-03-24T10:45"), at("2026-03-24T12:15")));
        List<String> free = clock(SlotFinder.freeStarts(half, host, busy, at("2026-03-20T08:00"), at("2026-03-24T09:00"),
                at("2026-03-24T13:00")));
        assertEquals(List.of("09:00", "09:15", "09:30", "09:45", "10:00", "12:30", "12:45"), free,
                "10:00-10:30 and its buffer end as the other's begins; 12:30's buffer begins as the other's ends");
    }

    @Test
    void anAbsenceSpanningDaysTakesAwayEverySlotItTouches() {
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        List<TimeSpan> away = List.of(new TimeSpan(at("2026-03-24T12:00"), at("2026-03-26T12:00")));
        Instant now = at("2026-03-20T08:00");
        assertEquals(List.of("09:00", "09:30", "10:00", "10:30", "11:00"),
                clock(day(PlanningProfile.EXISTING, host, away, now, "2026-03-24")));
        assertEquals(List.of(), day(PlanningProfile.EXISTING, host, away, now, "2026-03-25"));
        assertEquals(List.of("13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00"),
                clock(day(PlanningProfile.EXISTING, host, away, now, "2026-03-26")));
    }

    @Test
    void aDateOverrideReplacesTheWeekdaysHoursAndAnEmptyOneClosesTheDay() {
        Map<LocalDate, List<HostAvailability.Hours>> overrides = new HashMap<>();
        overrides.put(LocalDate.parse("2026-03-24"), List.of(hours("14:00", "16:00")));
        overrides.put(LocalDate.parse("2026-03-25"), List.of());
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), overrides);
        Instant now = at("2026-03-20T08:00");
        assertEquals(List.of("14:00", "14:30", "15:00"), clock(day(PlanningProfile.EXISTING, host, now, "2026-03-24")));
        assertEquals(List.of(), day(PlanningProfile.EXISTING, host, now, "2026-03-25"));
        assertEquals(12, day(PlanningProfile.EXISTING, host, now, "2026-03-26").size(), "the next day as every week");
    }

    @Test
    void weekendAndWeekdayProfilesKeepToTheirDays() {
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        Instant now = at("2026-03-23T08:00");
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        SlotFinder.freeStarts(PlanningProfile.WEEKEND_ONLY, host, List.of(), now, now, now.plus(Duration.ofDays(8)))
                .forEach(start -> weekend.add(start.atZone(AMSTERDAM).getDayOfWeek()));
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), weekend);
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        SlotFinder.freeStarts(PlanningProfile.NEW, host, List.of(), now, now, now.plus(Duration.ofDays(8)))
                .forEach(start -> weekdays.add(start.atZone(AMSTERDAM).getDayOfWeek()));
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), weekdays);
    }

    @Test
    void daysAheadEndsOnItsLastDay() {
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        Instant now = at("2026-03-23T08:00"); // a Monday; NEW books 10 days ahead: up to Thursday 2 April
        List<Instant> all = SlotFinder.freeStarts(PlanningProfile.NEW, host, List.of(), now, now, now.plus(Duration.ofDays(30)));
        assertEquals(LocalDate.parse("2026-04-02"), all.get(all.size() - 1).atZone(AMSTERDAM).toLocalDate());
        assertTrue(day(PlanningProfile.NEW, host, now, "2026-04-03").isEmpty(), "the eleventh day is too far");
    }

    @Test
    void thePageSuggestsTheFirstFreeSlotsOfTheProfile() {
        HostAvailability host = host(everyDay(MORNING, AFTERNOON), Map.of());
        Instant now = at("2026-03-23T08:00");
        List<Instant> suggested = SlotFinder.suggestions(PlanningProfile.NEW, host, List.of(), now);
        assertEquals(6, suggested.size());
        assertEquals(List.of("10:00", "10:30", "11:00", "13:00", "13:30", "14:00"), clock(suggested),
                "12 hours' notice from 08:00 Monday: Tuesday from 10:00, the profile's earliest hour");
        assertEquals(15, SlotFinder.suggestions(PlanningProfile.PREMIUM, host, List.of(), now).size());
    }

    @Test
    void workingHoursThatOverlapAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> host(everyDay(hours("09:00", "12:00"), hours("11:00", "14:00")),
                Map.of()));
    }

    private static List<Instant> day(PlanningProfile profile, HostAvailability host, Instant now, String date) {
        return day(profile, host, List.of(), now, date);
    }

    private static List<Instant> day(PlanningProfile profile, HostAvailability host, List<TimeSpan> busy, Instant now,
                                     String date) {
        LocalDate day = LocalDate.parse(date);
        return SlotFinder.freeStarts(profile, host, busy, now, day.atStartOfDay(AMSTERDAM).toInstant(),
                day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
    }

    private static List<String> clock(List<Instant> starts) {
        return starts.stream().map(start -> start.atZone(AMSTERDAM).toLocalTime().toString()).toList();
    }

    private static HostAvailability host(Map<DayOfWeek, List<HostAvailability.Hours>> weekly,
                                         Map<LocalDate, List<HostAvailability.Hours>> overrides) {
        return new HostAvailability(AMSTERDAM, weekly, overrides, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(30));
    }

    private static Map<DayOfWeek, List<HostAvailability.Hours>> everyDay(HostAvailability.Hours... stretches) {
        Map<DayOfWeek, List<HostAvailability.Hours>> weekly = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(stretches));
        }
        return weekly;
    }

    private static PlanningProfile profile(Duration length, String earliest, String latest, Set<DayOfWeek> days) {
        return new PlanningProfile("test", length, LocalTime.parse(earliest), LocalTime.parse(latest), Duration.ZERO, 30,
                days, 6);
    }

    private static HostAvailability.Hours hours(String from, String until) {
        return new HostAvailability.Hours(LocalTime.parse(from), LocalTime.parse(until));
    }

    /** A moment on the host's clock. */
    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }
}
