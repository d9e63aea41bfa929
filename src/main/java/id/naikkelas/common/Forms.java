package id.naikkelas.common;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a service's {@link InvalidInput} onto a Spring MVC form so each field shows its reason. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInput invalid) {
        for (var v : invalid.violations()) {
            Object[] args = v.args().toArray();
            if (v.field() == null || v.field().isBlank()) {
                binding.reject(v.code(), args, v.code());
                continue;
            }
            try {
                binding.rejectValue(v.field(), v.code(), args, v.code());
            } catch (NotReadablePropertyException e) {
                // a rule about something the form does not show as a field: show it on top
                binding.reject(v.code(), args, v.code());
            }
        }
    }
}
