package id.naikkelas.common;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

/**
 * How every page and API parameter (and form property) of type {@link LocalDate} is read: {@link IsoDates}, as
 * {@link InputBoundary} reads JSON dates. Anything else is the field's wrong date (400, named), not a date the code
 * cannot add a day to. Empty is no date.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new IsoDate());
    }

    static final class IsoDate extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            try {
                setValue(IsoDates.parse("", text));
            } catch (InvalidInput e) {
                // Spring reports it as the parameter's (or property's) type mismatch, with its name
                throw new IllegalArgumentException("not an ISO date in the years 1 to 9999: " + text);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
