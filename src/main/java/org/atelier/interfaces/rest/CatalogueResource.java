package org.atelier.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atelier.application.catalogue.CatalogueService;

/** Public API v1: the catalogue. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CatalogueResource {


    @Inject
    CatalogueService catalogue;

    @GET
    @Path("workshops")
    public String workshops() {
        JsonArrayBuilder workshops = ApiJson.JSON.createArrayBuilder();
        catalogue.publishedOffers().forEach(offer -> workshops.add(ApiJson.workshop(offer)));
        return workshops.build().toString();
    }

    @GET
    @Path("sessions/{id}")
    public Response session(@PathParam("id") String id) {
        if (!id.matches("\\d{1,18}")) {
            return Problem.of(404, "not-found", "Not found", "There is no session " + id + ".");
        }
        return catalogue.session(Long.parseLong(id))
                .map(session -> Response.ok(ApiJson.session(session).toString()).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found",
                        "There is no session " + id + "."));
    }
}
