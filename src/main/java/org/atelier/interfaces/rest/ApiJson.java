package org.atelier.interfaces.rest;

import java.util.List;
import java.time.ZoneId;
import jakarta.json.JsonArray;
import org.atelier.application.appointment.StudioPlanning;
import org.atelier.application.appointment.SlotAnswer;
import org.atelier.application.appointment.FreeSlot;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.atelier.application.booking.BookingView;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.catalogue.SessionOffer;
import org.atelier.application.catalogue.WorkshopOffer;
import org.atelier.domain.model.shared.Money;

/** The public API's shapes. Money is {amount, currency} with the amount in minor units. */
final class ApiJson {

    /** Looked up once: Json.* would search the class path for a provider on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private ApiJson() {
    }

    static JsonObject money(Money money) {
        return JSON.createObjectBuilder().add("amount", money.amount()).add("currency", money.currency().getCurrencyCode())
                .build();
    }

    static JsonObject workshop(WorkshopOffer workshop) {
        JsonArrayBuilder sessions = JSON.createArrayBuilder();
        workshop.sessions().forEach(session -> sessions.add(JSON.createObjectBuilder()
                .add("id", session.id())
                .add("start", session.start().toString())
                .add("end", session.end().toString())
                .add("capacity", session.capacity())
                .add("seatsLeft", session.seatsLeft())
                .add("price", money(session.unitPrice()))));
        return JSON.createObjectBuilder()
                .add("slug", workshop.slug())
                .add("title", workshop.title().english())
                .add("category", workshop.category())
                .add("sessions", sessions)
                .build();
    }

    static JsonObject session(SessionOffer session) {
        return JSON.createObjectBuilder()
                .add("id", session.id())
                .add("workshop", JSON.createObjectBuilder().add("slug", session.workshopSlug())
                        .add("title", session.workshopTitle()))
                .add("start", session.start().toString())
                .add("end", session.end().toString())
                .add("capacity", session.capacity())
                .add("seatsLeft", session.seatsLeft())
                .add("status", session.status().name())
                .build();
    }

    static JsonObject hold(HoldReceipt receipt, String paymentUrl) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("reference", receipt.reference())
                .add("token", receipt.accessToken())
                .add("state", receipt.state().name())
                .add("quantity", receipt.quantity())
                .add("total", money(receipt.total()));
        receipt.holdExpiresAt().ifPresentOrElse(at -> body.add("holdExpiresAt", at.toString()),
                () -> body.addNull("holdExpiresAt"));
        if (paymentUrl == null) {
            body.addNull("paymentUrl");
        } else {
            body.add("paymentUrl", paymentUrl);
        }
        return body.build();
    }

    static JsonObject booking(BookingView booking) {
        JsonArrayBuilder participants = JSON.createArrayBuilder();
        booking.participantNames().forEach(name -> participants.add(JSON.createObjectBuilder().add("name", name)));
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("reference", booking.reference())
                .add("state", booking.state().name())
                .add("session", JSON.createObjectBuilder()
                        .add("id", booking.sessionId())
                        .add("workshop", booking.workshopSlug())
                        .add("start", booking.startsAt().toString())
                        .add("end", booking.endsAt().toString())
                        .add("location", booking.location()))
                .add("quantity", booking.quantity())
                .add("buyer", JSON.createObjectBuilder().add("name", booking.buyerName()).add("email", booking.buyerEmail()))
                .add("participants", participants)
                .add("total", money(booking.total()));
        booking.holdExpiresAt().ifPresentOrElse(at -> body.add("holdExpiresAt", at.toString()),
                () -> body.addNull("holdExpiresAt"));
        JsonArrayBuilder history = JSON.createArrayBuilder();
        booking.history().forEach(movement -> history.add(JSON.createObjectBuilder()
                .add("at", movement.at().toString())
                .add("type", movement.refund() ? "refund" : "payment")
                .add("amount", money(movement.amount()))
                .add("status", movement.status())));
        return body.add("history", history).build();
    }

    static JsonObject service(StudioPlanning.ServiceSummary service, Money price) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", service.id())
                .add("slug", service.slug())
                .add("title", service.title().english())
                .add("description", service.description().english())
                .add("durationMinutes", service.duration().toMinutes())
                .add("location", service.location())
                .add("price", money(price));
        service.title().dutchText().ifPresent(dutch -> json.add("titleNl", dutch));
        return json.build();
    }

    /** Free times in UTC and on the viewer's clock, with the host of each. */
    static JsonObject slots(SlotAnswer answer, ZoneId zone) {
        return JSON.createObjectBuilder()
                .add("serviceId", answer.service().id())
                .add("profile", answer.profile())
                .add("suggestions", answer.suggestions())
                .add("zone", zone.getId())
                .add("calendarsCurrent", !answer.calendarsBehind())
                .add("slots", slotList(answer.slots(), zone))
                .build();
    }

    static JsonArray slotList(List<FreeSlot> slots, ZoneId zone) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        slots.forEach(slot -> list.add(JSON.createObjectBuilder()
                .add("start", slot.start().toString())
                .add("end", slot.end().toString())
                .add("localStart", slot.start().atZone(zone).toOffsetDateTime().toString())
                .add("hostId", slot.hostAccountId())
                .add("host", slot.hostName())));
        return list.build();
    }
}
