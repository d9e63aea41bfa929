package id.naikkelas.assessment;

import java.util.regex.Pattern;

/** Field checks shared by the checklist and level-rule records. */
final class Definitions {

    /** Codes end up in URLs, file names and stored answers, so keep them plain. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Definitions() {
    }

    static void requireCode(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidDefinitionException(what + " must be letters, digits, '.', '_' or '-', found '" + value + "'");
        }
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidDefinitionException(what + " must be non-empty text");
        }
    }
}
