package id.naikkelas.common;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

    /**
     * Checks the limits a record declares on its components with Bean Validation ({@code @Size(max = 40)} where the
     * column holds 40 characters, ...) and throws one violation per broken limit, named by the component's path.
     */
    public static void check(Object record) {
        new Collector().check(record).throwIfAny();
    }

    /**
     * A field as the user reads it, for messages that name it: the label {@code field.<name>} of the message
     * bundles in the reader's language, or the name itself when it has none. Resolved when the message is shown
     * (a flash attribute may be read in another language than it was made in); serializable.
     */
    public static MessageSourceResolvable label(String field) {
        String name = field == null ? "" : field;
        return new DefaultMessageSourceResolvable(new String[] {"field." + name}, null, name);
    }

    /** Refuses {@code value} when it has more than {@code max} characters; see {@link TextLimits}. */
    public static void limit(String field, String value, int max) {
        new Collector().limit(field, value, max).throwIfAny();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Serializable: violations travel as flash attributes in the database-backed session. */
    public record Violation(String field, String code, List<Object> args) implements java.io.Serializable {

        /** What the rule was about (a region's code, a row's value), when it names one. */
        public Object firstArg() {
            return args.isEmpty() ? null : args.get(0);
        }
    }

    /** Collects violations while checking a whole form, so the user sees every problem at once. */
    public static final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            violations.add(new Violation(field, code, List.of(args)));
            return this;
        }

        /** Adds a violation for each limit the record's components declare and break (see {@link InvalidInput#check}). */
        public Collector check(Object record) {
            violations.addAll(Constraints.violations(record));
            return this;
        }

        /** Adds "too long" when {@code value} has more than {@code max} characters; see {@link TextLimits}. */
        public Collector limit(String field, String value, int max) {
            if (TextLimits.exceeds(value, max)) {
                add(field, "input.tooLong", label(field), max);
            }
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
