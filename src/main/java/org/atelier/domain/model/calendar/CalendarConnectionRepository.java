package org.atelier.domain.model.calendar;

import java.util.Optional;

public interface CalendarConnectionRepository {

    Optional<CalendarConnection> findByAccount(long accountId);

    void add(CalendarConnection connection);

    void remove(CalendarConnection connection);
}
