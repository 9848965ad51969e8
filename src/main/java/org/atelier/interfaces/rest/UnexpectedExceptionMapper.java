package org.atelier.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody foresaw: the client gets a problem body that says nothing about our insides,
 * the log gets the whole story.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.WARNING, "An API request failed", e);
        return Problem.of(500, "server-error", "Something went wrong", "Please try again in a moment.");
    }
}
