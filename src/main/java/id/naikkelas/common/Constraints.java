package id.naikkelas.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of input records, as {@link InvalidInput} violations: each broken constraint becomes a message
 * key of the bundles ({@code input.*}) with the field's label and the limit, so it reads in the user's language
 * like every other reason. The limits are declared where the data is described (the record's components) and
 * checked in one place, not field by field in each service.
 */
final class Constraints {

    /** Thread-safe; messages are never interpolated (the bundles give the text from the constraint itself). */
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new MessageInterpolator() {
                @Override
                public String interpolate(String template, Context context) {
                    return template;
                }

                @Override
                public String interpolate(String template, Context context, java.util.Locale locale) {
                    return template;
                }
            }).buildValidatorFactory().getValidator();

    private Constraints() {
    }

    static List<InvalidInput.Violation> violations(Object record) {
        if (record == null) {
            return List.of();
        }
        return VALIDATOR.validate(record).stream()
                .map(Constraints::violation)
                // the same order on every run: by field, then by reason
                .sorted(Comparator.comparing(InvalidInput.Violation::field).thenComparing(InvalidInput.Violation::code))
                .toList();
    }

    private static InvalidInput.Violation violation(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        var label = InvalidInput.label(field);
        var constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            return size.min() > 0 ? new InvalidInput.Violation(field, "input.size", List.of(label, size.min(), size.max()))
                    : new InvalidInput.Violation(field, "input.tooLong", List.of(label, size.max()));
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new InvalidInput.Violation(field, "input.required", List.of(label));
        }
        if (constraint instanceof Min min) {
            return new InvalidInput.Violation(field, "input.min", List.of(label, String.valueOf(min.value())));
        }
        if (constraint instanceof Max max) {
            return new InvalidInput.Violation(field, "input.max", List.of(label, String.valueOf(max.value())));
        }
        if (constraint instanceof DecimalMin min) {
            return new InvalidInput.Violation(field, "input.min", List.of(label, min.value()));
        }
        if (constraint instanceof DecimalMax max) {
            return new InvalidInput.Violation(field, "input.max", List.of(label, max.value()));
        }
        return new InvalidInput.Violation(field, "input.invalid", List.of(label));
    }

    /**
     * "owner.email" for a nested record's component; a limit on the items of a list is reported on the list
     * ("stages"), the name forms and the API already use for problems of a list.
     */
    private static String field(Path path) {
        var name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && !name.isEmpty()) {
                break;
            }
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.toString();
    }
}
