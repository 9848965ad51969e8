package org.atelier.interfaces.rest;

import jakarta.json.JsonValue;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.Map;

/** RFC 9457 problem details: what went wrong, in a body a client can read. */
public final class Problem {


    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String type, String title, String detail) {
        return of(status, type, title, detail, Map.of());
    }

    /** 429: the client asks too often; Retry-After says when it may ask again, when that is known. */
    public static Response tooMany(String detail, Duration wait) {
        Response problem = of(429, "too-many-requests", "Too many requests", detail);
        if (wait == null) {
            return problem;
        }
        return Response.fromResponse(problem).header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)).build();
    }

    public static Response of(int status, String type, String title, String detail,
                              Map<String, Object> extensions) {
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder()
                .add("type", "https://atelier.invalid/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        extensions.forEach((key, value) -> {
            if (value instanceof JsonValue json) {
                body.add(key, json);
            } else if (value instanceof Number number) {
                body.add(key, number.longValue());
            } else {
                body.add(key, String.valueOf(value));
            }
        });
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
