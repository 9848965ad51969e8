package org.atelier.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminUsers;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.List;

/** Backs /admin/users: search accounts, grant and revoke roles. */
@Named
@ViewScoped
public class AdminUsersBacking implements Serializable {

    private static final List<Role> GRANTABLE = List.of(Role.RESIDENT_ARTIST, Role.HOST, Role.ADMIN);

    @Inject
    AdminUsers users;

    private String search;
    private List<AdminUsers.UserLine> found;

    public void find() {
        found = users.search(search);
    }

    public void grant(AdminUsers.UserLine user, Role role) {
        change(() -> users.grant(user.id(), role), "admin.users.granted", user, role);
    }

    public void revoke(AdminUsers.UserLine user, Role role) {
        change(() -> users.revoke(user.id(), role), "admin.users.revoked", user, role);
    }

    private void change(Runnable action, String done, AdminUsers.UserLine user, Role role) {
        try {
            action.run();
            Messages.info(null, done, Messages.text(FacesContext.getCurrentInstance(), "role.one." + role.name()), user.email());
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        find();
    }

    public List<AdminUsers.UserLine> getFound() {
        if (found == null) {
            find();
        }
        return found;
    }

    public List<Role> getGrantable() {
        return GRANTABLE;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
