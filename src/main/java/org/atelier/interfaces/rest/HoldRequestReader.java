package org.atelier.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.atelier.application.booking.HoldRequest;
import org.atelier.domain.model.shared.BookingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code POST /api/v1/bookings} strictly, so that every malformed body gets a message that
 * says what is wrong. Fields the API does not know, such as a price, are ignored: prices are ours.
 */
final class HoldRequestReader {


    private HoldRequestReader() {
    }

    static HoldRequest read(String body, String idempotencyKey) {
        JsonObject json = parse(body);
        long sessionId = wholeNumber(json, "sessionId");
        int quantity = Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, wholeNumber(json, "quantity"))));
        JsonObject buyer = object(json, "buyer");
        List<HoldRequest.ParticipantInput> participants = new ArrayList<>();
        if (json.containsKey("participants") && json.get("participants").getValueType() != JsonValue.ValueType.NULL) {
            if (json.get("participants").getValueType() != JsonValue.ValueType.ARRAY) {
                throw invalid("participants must be a list");
            }
            for (JsonValue value : (JsonArray) json.get("participants")) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw invalid("each participant must be an object with a name");
                }
                JsonObject participant = value.asJsonObject();
                participants.add(new HoldRequest.ParticipantInput(text(participant, "name", true),
                        text(participant, "email", false)));
            }
        }
        String language = json.containsKey("language") ? text(json, "language", true) : "en";
        return new HoldRequest(sessionId, quantity, text(buyer, "name", true), text(buyer, "email", true),
                participants, language, apiKey(idempotencyKey));
    }

    /** The API's idempotency keys, kept apart from the booking form's. */
    static String apiKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw invalid("the Idempotency-Key header must have 1 to 100 characters");
        }
        return idempotencyKey == null ? null : "api:" + idempotencyKey;
    }

    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw invalid("the request has no body");
        }
        try (JsonReader reader = ApiJson.JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("the body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (BookingException e) {
            throw e;
        } catch (JsonException | IllegalStateException e) {
            throw invalid("the body is not valid JSON");
        } catch (RuntimeException e) {
            // The parser refuses nesting past its depth limit with a bare RuntimeException.
            throw invalid("the body is not valid JSON or nests too deeply");
        }
    }

    static long wholeNumber(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw invalid(field + " must be a whole number");
        }
        try {
            return ((JsonNumber) value).longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(field + " is out of range");
        }
    }

    static JsonObject object(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(field + " must be an object");
        }
        return value.asJsonObject();
    }

    static String text(JsonObject json, String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw invalid(field + " is required");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(field + " must be text");
        }
        return ((JsonString) value).getString();
    }

    static BookingException invalid(String detail) {
        return new BookingException("api.invalid", detail);
    }
}
