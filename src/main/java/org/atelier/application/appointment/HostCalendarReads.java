package org.atelier.application.appointment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.calendar.HostCalendar;
import org.atelier.application.calendar.HostTokens;
import org.atelier.domain.model.appointment.TimeSpan;

import java.time.Instant;
import java.util.List;

/**
 * Reads one host's busy time from their calendar, in a transaction of its own: it runs on a
 * worker thread, apart from the page that asked, and a connection Google refuses for good is
 * marked for reconnecting there and then.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HostCalendarReads {

    @Inject
    HostTokens tokens;

    @Inject
    HostCalendar calendar;

    /** Nothing for a host without a working calendar; throws IllegalStateException when Google does not answer. */
    public List<TimeSpan> busy(long hostAccountId, Instant from, Instant until) {
        return tokens.forHost(hostAccountId)
                .map(access -> calendar.busy(access.accessToken(), access.calendarId(), from, until).stream()
                        .filter(busy -> busy.end().isAfter(busy.start()))
                        .map(busy -> new TimeSpan(busy.start(), busy.end())).toList())
                .orElse(List.of());
    }
}
