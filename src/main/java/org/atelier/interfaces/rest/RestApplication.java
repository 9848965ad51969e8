package org.atelier.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The JSON API, the webhooks and the OAuth callbacks under /api. No WADL (it would name the
 * framework and its version to anyone who asks with OPTIONS); a relative Location stays relative,
 * so no answer is built from the Host header a client sent; errors are answered as set here, never
 * handed to the server's own HTML error page.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true,
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
