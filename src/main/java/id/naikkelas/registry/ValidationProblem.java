package id.naikkelas.registry;

import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One thing wrong with an input value, as a message key plus its arguments.
 *
 * <p>Field-independent on purpose: the validators here do not know which form field they
 * serve, so the web layer binds a problem to a field (e.g. via {@code BindingResult.rejectValue})
 * and resolves {@link #code()} against the {@code i18n/validation*.properties} bundles.
 * All codes are listed in {@link ValidationCodes}.
 */
@NamedInterface("identifiers")
public record ValidationProblem(String code, List<Object> args) {

    public ValidationProblem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code is required");
        }
        args = List.copyOf(args); // immutable; arguments are never null
    }

    public static ValidationProblem of(String code, Object... args) {
        return new ValidationProblem(code, Arrays.asList(args));
    }

    /** Arguments as an array, the shape {@code MessageSource.getMessage} expects. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
