package org.atelier.interfaces.rest;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** RFC 9457 problem details: what went wrong, in a body a client can read. */
public final class Problem {


    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String type, String title, String detail) {
        return of(status, type, title, detail, Map.of());
    }

    public static Response of(int status, String type, String title, String detail,
                              Map<String, Object> extensions) {
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder()
                .add("type", "https://atelier.invalid/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        extensions.forEach((key, value) -> {
            if (value instanceof Number number) {
                body.add(key, number.longValue());
            } else {
                body.add(key, String.valueOf(value));
            }
        });
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
