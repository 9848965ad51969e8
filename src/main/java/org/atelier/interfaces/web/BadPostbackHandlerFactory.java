package org.atelier.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent back with a view state or nonce we never issued (forged, garbled, "stateless" for a
 * page that keeps state) cannot be restored. That is the client's doing: it gets the 400 page,
 * not the 500 page and a stack trace in the log. An expired view still gets its own page.
 */
public class BadPostbackHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(BadPostbackHandlerFactory.class.getName());

    public BadPostbackHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEvent event = events.next();
                if (isBadPostback(event) && !faces.getResponseComplete()) {
                    Throwable failure = event.getContext().getException();
                    LOG.info(() -> "Refused a postback that cannot be restored: " + failure);
                    events.remove();
                    refuse(faces);
                }
            }
            super.handle();
        }

        private static boolean isBadPostback(ExceptionQueuedEvent event) {
            Throwable failure = event.getContext().getException();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return false;
                }
                if (cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
                    return true;
                }
            }
            return event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && failure instanceof FacesException;
        }

        private static void refuse(FacesContext faces) {
            try {
                faces.getExternalContext().responseSendError(400, "The form could not be restored");
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
