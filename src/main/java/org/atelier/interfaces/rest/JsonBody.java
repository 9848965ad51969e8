package org.atelier.interfaces.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A request body as text, read with a limit: JSON is UTF-8 (RFC 8259), so any other declared
 * charset is refused (415) rather than guessed, and a body past the limit is refused (413)
 * before it is all in memory.
 */
final class JsonBody {

    private JsonBody() {
    }

    static String read(InputStream body, MediaType type, int limitBytes) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new NotSupportedException("JSON is read as UTF-8 only");
        }
        try {
            byte[] bytes = body.readNBytes(limitBytes + 1);
            if (bytes.length > limitBytes) {
                throw new WebApplicationException("The body is larger than " + limitBytes + " bytes", 413);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
