package org.atelier.application.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.domain.model.account.AccountToken;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Invitation;
import org.atelier.domain.model.booking.InvitationRepository;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the people a buyer brings: the buyer names, renames and takes off participants,
 * or invites people by e-mail to take the booking's unnamed seats under their own names; an
 * invitee opens their link, fills in their name and address, and gets their own confirmation with
 * the invite. All until the cutoff ({@code atelier.participants.cutoff-hours}
 * before the start, default 24). An invitation link works once and for at most
 * {@code atelier.invitation.days} (default 7), never past the cutoff.
 */
@Stateless
public class BookingGroup {

    /** What an invitation link's token is made for, apart from every other private link. */
    public static final String INVITATION_LINK = "invitation";

    @Inject
    BookingAccess access;

    @Inject
    BookingRepository bookings;

    @Inject
    InvitationRepository invitations;

    @Inject
    AfterCommitWork outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.participants.cutoff-hours", defaultValue = "24")
    int cutoffHours;

    @Inject
    @ConfigProperty(name = "atelier.invitation.days", defaultValue = "7")
    int invitationDays;

    /** An invitation still waiting for its invitee, as the buyer's page lists it. */
    public record Open(String email, Instant expiresAt) implements Serializable {
    }

    /** What an invitee reads before taking the seat. */
    public record Invite(String buyerName, String workshopTitle, Instant startsAt, String location, String email,
                         String language) implements Serializable {
    }

    /** Someone on the booking, with the number their mails go by. */
    public record Member(int number, String name, String email) implements Serializable {
    }

    /** The participants on the booking now; empty without the right token. */
    public List<Member> members(String reference, String token) {
        return find(reference, token).map(booking -> booking.guests().present().stream()
                .map(guest -> new Member(guest.number(), guest.participant().name(), guest.participant().email()))
                .toList()).orElse(List.of());
    }

    /** Whether the buyer may still change who comes (booked, before the cutoff). */
    public boolean canChange(String reference, String token) {
        Instant now = clock.instant();
        return find(reference, token).filter(booking -> changeable(booking, now)).isPresent();
    }

    /** The buyer names someone for a free seat; with an address, they get their own confirmation. */
    public void add(String reference, String token, String name, String email) {
        Booking booking = lockChangeable(reference, token);
        Instant now = clock.instant();
        if (unnamedSeats(booking, now) < 1) {
            throw new BookingException("invitation.noSeat");
        }
        int number = booking.guests().add(new Participant(name, email));
        if (booking.guests().numbered(number).orElseThrow().email() != null) {
            outbox.participantMail(booking, number, now);
        }
        outbox.calendarSync(booking, now);
    }

    /** Corrects a participant's name; their address, and the mails sent to it, stay. */
    public void rename(String reference, String token, int number, String name) {
        lockChangeable(reference, token).guests().rename(number, name);
    }

    /** Takes participant {@code number} off; they hear so if they had their own confirmation. */
    public void remove(String reference, String token, int number) {
        Booking booking = lockChangeable(reference, token);
        Instant now = clock.instant();
        booking.guests().remove(number, now);
        outbox.participantCancellationMail(booking, number, now);
        outbox.calendarSync(booking, now);
    }

    /** Seats nobody is named for and no invitation is open for: how many more the buyer may invite. */
    public int seatsToInvite(String reference, String token) {
        Instant now = clock.instant();
        return find(reference, token).filter(booking -> changeable(booking, now))
                .map(booking -> unnamedSeats(booking, now)).orElse(0);
    }

    public List<Open> open(String reference, String token) {
        Instant now = clock.instant();
        return find(reference, token).map(booking -> invitations.findByBooking(booking.id()).stream()
                .filter(invitation -> invitation.isOpenAt(now))
                .map(invitation -> new Open(invitation.email(), invitation.expiresAt())).toList()).orElse(List.of());
    }

    /** Invites {@code email} to one of the unnamed seats; refused, changing nothing, when there is none left. */
    public void invite(String reference, String token, String email) {
        Booking booking = lockChangeable(reference, token);
        Instant now = clock.instant();
        if (unnamedSeats(booking, now) < 1) {
            throw new BookingException("invitation.noSeat");
        }
        String invitationReference = Invitation.newReference();
        Instant expires = now.plus(Duration.ofDays(invitationDays));
        Instant cutoff = cutoff(booking);
        Invitation invitation = Invitation.issue(booking.id(), invitationReference, email,
                AccountToken.digest(access.tokenFor(INVITATION_LINK, invitationReference)),
                expires.isBefore(cutoff) ? expires : cutoff, now);
        invitations.add(invitation);
        outbox.invitationMail(invitation, now);
    }

    /** The invitation behind a link's token, while it can still be taken up. */
    public Optional<Invite> read(String linkToken) {
        Instant now = clock.instant();
        return Optional.ofNullable(linkToken).flatMap(t -> invitations.findByTokenDigest(AccountToken.digest(t)))
                .filter(invitation -> invitation.isOpenAt(now))
                .flatMap(invitation -> bookings.findById(invitation.bookingId())
                        .filter(booking -> changeable(booking, now))
                        .map(booking -> new Invite(booking.buyer().name(), booking.workshopTitleForBuyer(),
                                booking.session().startsAt(), booking.session().location(), invitation.email(),
                                booking.language())));
    }

    /**
     * The invitee takes the seat under their own name and address: the link is spent, the booking
     * names them, and they get their own confirmation with the invite. Refused, changing nothing,
     * for a link that is unknown, spent or expired, or a booking past its cutoff.
     */
    public void accept(String linkToken, String name, String email) {
        Invitation invitation = Optional.ofNullable(linkToken)
                .flatMap(t -> invitations.lockByTokenDigest(AccountToken.digest(t)))
                .orElseThrow(() -> new NotFoundException("invitation.unknown"));
        Booking booking = bookings.findById(invitation.bookingId())
                .flatMap(found -> bookings.lockByReference(found.reference()))
                .orElseThrow(() -> new NotFoundException("invitation.unknown"));
        Instant now = clock.instant();
        if (!changeable(booking, now)) {
            throw new BookingException("invitation.expired");
        }
        invitation.accept(now);
        int number = booking.guests().add(new Participant(name, email == null || email.isBlank() ? invitation.email() : email));
        outbox.participantMail(booking, number, now);
        outbox.calendarSync(booking, now);
    }

    private Booking lockChangeable(String reference, String token) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        Booking booking = bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        if (!changeable(booking, clock.instant())) {
            throw new BookingException("invitation.tooLate", cutoffHours);
        }
        return booking;
    }

    private Optional<Booking> find(String reference, String token) {
        return access.permits(reference, token) ? bookings.findByReference(reference) : Optional.empty();
    }

    private int unnamedSeats(Booking booking, Instant now) {
        long open = invitations.findByBooking(booking.id()).stream().filter(invitation -> invitation.isOpenAt(now)).count();
        return (int) Math.max(0, booking.guests().unnamedSeats() - open);
    }

    private boolean changeable(Booking booking, Instant now) {
        return booking.state().isBooked() && now.isBefore(cutoff(booking));
    }

    private Instant cutoff(Booking booking) {
        return booking.session().startsAt().minus(Duration.ofHours(cutoffHours));
    }
}
