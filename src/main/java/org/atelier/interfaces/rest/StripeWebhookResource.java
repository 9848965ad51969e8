package org.atelier.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atelier.application.payment.PaymentEventService;

import java.io.InputStream;

/** Stripe's webhook. The body is taken as the exact string Stripe signed, never as a bound object. */
@Path("webhooks/stripe")
@ApplicationScoped
public class StripeWebhookResource {

    @Inject
    PaymentEventService events;

    /** Stripe's events are a few kilobytes; anything near this is not one of them. */
    static final int MAX_BODY_BYTES = 512 * 1024;

    /** Any Content-Type: the signature, checked first, is what tells Stripe's events from others. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                            @HeaderParam("Stripe-Signature") String signature) {
        boolean applied = events.receive(JsonBody.read(body, type, MAX_BODY_BYTES), signature);
        // A duplicate is a success too: Stripe must stop sending it.
        return Response.ok("{\"received\":true,\"duplicate\":" + !applied + "}", MediaType.APPLICATION_JSON).build();
    }
}
