package org.atelier.interfaces.web.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** /admin and /admin/ open the dashboard; {@link AdminAreaFilter} has let only admins this far. */
@WebServlet(urlPatterns = {"/admin", "/admin/"})
public class AdminEntryServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/admin/index.xhtml").forward(request, response);
    }
}
