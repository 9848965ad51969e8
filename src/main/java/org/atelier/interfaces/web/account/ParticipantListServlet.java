package org.atelier.interfaces.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.application.calendar.ParticipantList;
import org.atelier.interfaces.web.CurrentAccount;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * /account/participants.csv?session={id}: who comes to a session, for its host (from their account
 * page) or an admin (from the sessions page). Anyone else, signed in or not, gets a 404.
 */
@WebServlet("/account/participants.csv")
public class ParticipantListServlet extends HttpServlet {

    @Inject
    CurrentAccount account;

    @Inject
    ParticipantList participants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> csv = Optional.empty();
        String session = request.getParameter("session");
        if (account.isSignedIn() && session != null && session.strip().matches("\\d{1,18}")) {
            csv = participants.csv(Long.parseLong(session.strip()), account.id(), account.isAdmin());
        }
        if (csv.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such participant list");
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"participants-" + session.strip() + ".csv\"");
        Writer out = response.getWriter();
        // A byte order mark, so that spreadsheets read the names' accents as UTF-8.
        out.write('\ufeff');
        out.write(csv.get());
        out.flush();
    }
}
