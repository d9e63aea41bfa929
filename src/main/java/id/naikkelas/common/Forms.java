package id.naikkelas.common;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a service's {@link InvalidInput} onto a Spring MVC form so each field shows its reason. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInput invalid) {
        reject(binding, invalid, java.util.Map.of());
    }

    /** Same, with service field names renamed to the form's (e.g. "fullName" to "owner.fullName"). */
    public static void reject(BindingResult binding, InvalidInput invalid, java.util.Map<String, String> renamed) {
        for (var violation : invalid.violations()) {
            var v = new InvalidInput.Violation(renamed.getOrDefault(violation.field(), violation.field()), violation.code(), violation.args());
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
