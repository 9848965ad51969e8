package org.atelier.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.atelier.domain.model.shared.BookingException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns business failures into messages on the page, in the visitor's language. */
public final class Messages {

    private Messages() {
    }

    public static void error(String clientId, BookingException e) {
        error(clientId, e.messageKey(), e.arguments().toArray());
    }

    public static void error(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, arguments), null));
        faces.validationFailed();
    }

    public static void info(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, arguments), null));
    }

    public static String text(FacesContext faces, String key, Object... arguments) {
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("org.atelier.interfaces.web.messages", locale);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
