package org.atelier.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The visitor's language: first the browser's choice among English and Dutch, then whatever they
 * pick on the page. Switching is a POST, never a state-changing GET.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final Set<String> SUPPORTED = Set.of("en", "nl");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces.getApplication().getViewHandler().calculateLocale(faces);
            if (!SUPPORTED.contains(locale.getLanguage())) {
                locale = Locale.ENGLISH;
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}
