package org.atelier.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Signs out from the header on every page: a POST, so no link or image can sign anyone out. */
@Named
@RequestScoped
public class AccountMenuBacking {

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/book");
    }

    /** Where the header's sign-in link brings the visitor back to. */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object original = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = original != null ? original.toString() : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return path.startsWith("/signin") || path.startsWith("/signup") || path.startsWith("/account/") ? "/account" : path;
    }
}
