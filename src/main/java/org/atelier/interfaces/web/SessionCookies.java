package org.atelier.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml); behind HTTPS, which the public
 * address tells, it is also Secure, so it never travels in clear.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(baseUrl.startsWith("https://"));
    }
}
