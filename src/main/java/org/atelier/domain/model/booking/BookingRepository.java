package org.atelier.domain.model.booking;

import java.util.Optional;

public interface BookingRepository {

    Optional<Booking> findByReference(String reference);

    void add(Booking booking);
}
