package org.atelier.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.application.account.AccountService;

import java.io.IOException;
import java.security.Principal;

/**
 * Everything under /admin is for admins only. Anyone else, signed in or not, gets the ordinary
 * "not found" page for any method: a 403 or a sign-in redirect would tell them the page exists.
 * The role is read from the database on each request, so a revoked admin is out at once.
 * ({@link AdminEntryServlet} owns the bare /admin, which the container would otherwise answer
 * with a redirect to /admin/ that gives the folder away.)
 */
public class AdminAreaFilter extends HttpFilter {

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        boolean admin = caller != null && request.isUserInRole("ADMIN")
                && accounts.current(caller.getName()).map(AccountService.SignedIn::isAdmin).orElse(false);
        if (!admin) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
