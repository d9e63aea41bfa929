package id.naikkelas.common;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a service's {@link InvalidInput} onto a Spring MVC form so each field shows its reason. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInput invalid) {
        reject(binding, invalid, java.util.Map.of());
    }

    /** Same, with service field names renamed to the form's (e.g. "fullName" to "owner.fullName"). */
    public static void reject(BindingResult binding, InvalidInput invalid, java.util.Map<String, String> renamed) {
        reject(binding, invalid, v -> renamed.getOrDefault(v.field(), v.field()));
    }

    /**
     * Same, with the form deciding where each violation shows (e.g. on the row of a list it names). A field whose value
     * could not be read already says so, and is not told it is missing as well.
     */
    public static void reject(BindingResult binding, InvalidInput invalid, java.util.function.Function<InvalidInput.Violation, String> fieldOf) {
        for (var violation : invalid.violations()) {
            var v = new InvalidInput.Violation(fieldOf.apply(violation), violation.code(), violation.args());
            if (v.field() != null && !v.field().isBlank() && binding.getFieldErrors(v.field()).stream().anyMatch(FieldError::isBindingFailure)) {
                continue;
            }
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
