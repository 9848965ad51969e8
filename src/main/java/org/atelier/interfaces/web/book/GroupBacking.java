package org.atelier.interfaces.web.book;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingGroup;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking page's "your group" step: until the cutoff the buyer corrects names, takes people
 * off, names someone for a free seat, or invites them by e-mail to fill in their own details.
 */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    @Inject
    BookingBacking page;

    @Inject
    BookingGroup group;

    private String inviteEmail;
    private String newName;
    private String newEmail;
    private final Map<Integer, String> names = new HashMap<>();
    private transient Boolean changeable;
    private transient Integer seatsToInvite;
    private transient List<BookingGroup.Member> members;
    private transient List<BookingGroup.Open> open;

    public boolean isChangeable() {
        if (changeable == null) {
            changeable = group.canChange(page.getReference(), page.getToken());
        }
        return changeable;
    }

    public int getSeatsToInvite() {
        if (seatsToInvite == null) {
            seatsToInvite = group.seatsToInvite(page.getReference(), page.getToken());
        }
        return seatsToInvite;
    }

    public List<BookingGroup.Member> getMembers() {
        if (members == null) {
            members = group.members(page.getReference(), page.getToken());
            members.forEach(member -> names.putIfAbsent(member.number(), member.name()));
        }
        return members;
    }

    public List<BookingGroup.Open> getOpen() {
        if (open == null) {
            open = group.open(page.getReference(), page.getToken());
        }
        return open;
    }

    public void invite() {
        run(() -> group.invite(page.getReference(), page.getToken(), inviteEmail), "bookingPage:inviteEmail",
                "invitation.sent", inviteEmail == null ? "" : inviteEmail.strip());
        inviteEmail = null;
    }

    public void add() {
        if (run(() -> group.add(page.getReference(), page.getToken(), newName, newEmail), "bookingPage:newName",
                "group.added", newName == null ? "" : newName.strip())) {
            newName = null;
            newEmail = null;
        }
    }

    public void rename(BookingGroup.Member member) {
        run(() -> group.rename(page.getReference(), page.getToken(), member.number(), names.get(member.number())), null,
                "group.renamed", names.get(member.number()));
    }

    public void remove(BookingGroup.Member member) {
        run(() -> group.remove(page.getReference(), page.getToken(), member.number()), null, "group.removed", member.name());
        names.remove(member.number());
    }

    private boolean run(Runnable change, String field, String done, String who) {
        try {
            change.run();
            Messages.info(null, done, who);
            return true;
        } catch (BookingException e) {
            Messages.error(field, e);
            return false;
        } finally {
            changeable = null;
            seatsToInvite = null;
            members = null;
            open = null;
            page.refresh();
        }
    }

    /** The name typed beside each participant, by their number. */
    public Map<Integer, String> getNames() {
        return names;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
