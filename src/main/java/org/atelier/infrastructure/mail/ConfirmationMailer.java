package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.format.Formats;
import org.atelier.application.format.PolicyWording;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.Session;

import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The confirmation e-mail, in the buyer's language, with the booking link and a calendar invite. */
@ApplicationScoped
public class ConfirmationMailer {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    MailComposer composer;

    @Inject
    SessionInvite invites;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public void send(long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        try {
            composer.send(compose(booking, "confirmation"), "confirmation-" + booking.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the confirmation of " + booking.reference(), e);
        }
    }

    /**
     * A participant's own confirmation with the invite: who booked them in, when and where. The
     * booking's private link is the buyer's and stays out of it.
     */
    public void sendToParticipant(long bookingId, int number) {
        sendToParticipant(bookingId, number, "participant");
    }

    /**
     * After a change of session: recipient 0 is the buyer, any other the participant with that
     * number. The mail reads like the confirmation, says what changed, and its invite replaces the
     * old one in the recipient's calendar.
     */
    public void sendMoved(long bookingId, int recipient) {
        if (recipient > 0) {
            sendToParticipant(bookingId, recipient, "participant.moved");
            return;
        }
        Booking booking = em.find(Booking.class, bookingId);
        try {
            composer.send(compose(booking, "moved"), "moved-" + booking.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the new time of " + booking.reference(), e);
        }
    }

    private void sendToParticipant(long bookingId, int number, String key) {
        Booking booking = em.find(Booking.class, bookingId);
        Optional<Participant> numbered = booking.guests().numbered(number).filter(guest -> !guest.isRemoved());
        if (numbered.isEmpty()) {
            return; // taken off the booking since, with a cancellation of their own
        }
        Participant participant = numbered.get();
        Session session = booking.session();
        String title = booking.workshopTitleForBuyer();
        try {
            composer.send(composer.toParticipant(booking, participant, key,
                    new Object[]{title, booking.reference()},
                    new Object[]{participant.name(), booking.buyer().name(), title,
                            Formats.longDateTime(session.startsAt(), zone, booking.language()), session.location(),
                            booking.reference(), zone.getId(), composer.workshopLink(booking)},
                    invites.invite(booking, composer.workshopLink(booking), participant.name(), participant.email())),
                    key + "-" + booking.reference() + "-" + number);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose participant " + number + "'s mail of " + booking.reference(), e);
        }
    }

    MimeMessage compose(Booking booking, String key) throws MessagingException, UnsupportedEncodingException {
        Session session = booking.session();
        String title = booking.workshopTitleForBuyer();
        String link = composer.bookingLink(booking);
        String when = Formats.longDateTime(session.startsAt(), zone, booking.language());
        String total = booking.total().isZero() ? composer.texts(booking).getString("free")
                : Formats.money(booking.total(), booking.language());
        StringBuilder people = new StringBuilder(booking.buyer().name());
        for (Participant participant : booking.participants()) {
            people.append(", ").append(participant.name());
        }
        return composer.toBuyer(booking, key, new Object[]{title, booking.reference()},
                new Object[]{booking.buyer().name(), title, when, session.location(), booking.quantity(), people, total,
                        booking.reference(), link, zone.getId(), policy(booking)},
                invites.invite(booking, link, booking.buyer().name(), booking.buyer().email()));
    }

    /** The cancellation terms the booking was made under, with their deadlines in the workspace's zone. */
    private String policy(Booking booking) {
        PolicyWording.Sentence sentence = PolicyWording.of(booking.terms().cancellationPolicy(), booking.session().startsAt(),
                booking.total().isZero());
        Object[] arguments = sentence.arguments().stream()
                .map(argument -> argument instanceof Instant at ? Formats.longDateTime(at, zone, booking.language()) : argument)
                .toArray();
        return new MessageFormat(composer.texts(booking).getString(sentence.key()), Formats.locale(booking.language()))
                .format(arguments);
    }
}
