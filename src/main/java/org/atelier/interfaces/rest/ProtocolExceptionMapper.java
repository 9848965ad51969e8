package org.atelier.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the HTTP layer refuses (an unknown address 404, a wrong method 405, an unacceptable
 * Accept 406, a body too large 413, a wrong Content-Type 415) as problem details, like every
 * other API error, instead of the server's HTML page.
 */
@Provider
public class ProtocolExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response refused = e.getResponse();
        int status = refused.getStatus();
        Response problem = switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "There is nothing at this address.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not answer to this method.");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable",
                    "This address answers in JSON (or the calendar format) only.");
            case 413 -> Problem.of(413, "too-large", "Request too large", e.getMessage());
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json in UTF-8.");
            default -> Problem.of(status, status >= 500 ? "server-error" : "bad-request",
                    status >= 500 ? "Something went wrong" : "Bad request",
                    status >= 500 ? "Please try again in a moment." : "The request could not be understood.");
        };
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        if (refused.getHeaderString("Allow") != null) {
            answer.header("Allow", refused.getHeaderString("Allow"));
        }
        return answer.build();
    }
}
