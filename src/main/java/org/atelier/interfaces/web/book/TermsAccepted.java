package org.atelier.interfaces.web.book;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.atelier.interfaces.web.Messages;

/**
 * Every booking form's terms must be accepted. A validator, not a check in the form's action: it
 * is judged with the other fields, so a visitor reads every error of the form at once.
 */
@FacesValidator("atelier.termsAccepted")
public class TermsAccepted implements Validator<Object> {

    @Override
    public void validate(FacesContext faces, UIComponent checkbox, Object accepted) {
        if (!Boolean.TRUE.equals(accepted)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "booking.terms.required"), null));
        }
    }
}
