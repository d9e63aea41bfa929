package id.naikkelas.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule. Each violation names the field and a message key (with arguments)
 * so the reason is shown in the user's language; nothing has been changed when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String code, Object... args) {
        return new InvalidInput(List.of(new Violation(field, code, List.of(args))));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Serializable: violations travel as flash attributes in the database-backed session. */
    public record Violation(String field, String code, List<Object> args) implements java.io.Serializable {
    }

    /** Collects violations while checking a whole form, so the user sees every problem at once. */
    public static final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            violations.add(new Violation(field, code, List.of(args)));
            return this;
        }

        public boolean has(String field) {
            return violations.stream().anyMatch(v -> v.field().equals(field));
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
        }
    }
}
