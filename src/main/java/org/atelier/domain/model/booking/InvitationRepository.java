package org.atelier.domain.model.booking;

import java.util.List;
import java.util.Optional;

public interface InvitationRepository {

    void add(Invitation invitation);

    Optional<Invitation> findById(long id);

    /** The invitation whose link's token has this digest, its row locked until the transaction ends. */
    Optional<Invitation> lockByTokenDigest(String tokenDigest);

    Optional<Invitation> findByTokenDigest(String tokenDigest);

    /** A booking's invitations, newest first. */
    List<Invitation> findByBooking(long bookingId);
}
