package id.naikkelas.common;

import java.util.regex.Pattern;

/**
 * The version a client read, sent back as {@code If-Match: "3"} so that an update cannot silently overwrite someone
 * else's; the one place that reads the header, and the one that writes the {@code ETag} it answers. Every other form
 * is refused with a reason, never a 500: none or garbage 422, a list or {@code *} 422 (an update needs the one version
 * the client read), a weak tag {@code W/"3"} 412 (it never matches under If-Match's strong comparison, RFC 9110 13.1.1).
 */
public final class IfMatch {

    private static final String HEADER = "If-Match";

    /** A strong tag {@code "3"}; a bare {@code 3} is taken too, as clients type it by hand. */
    private static final Pattern VERSION = Pattern.compile("\"(\\d{1,9})\"|(\\d{1,9})");

    private IfMatch() {
    }

    /** The entity tag of a record at this version. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    public static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw InvalidInput.of(HEADER, "api.ifMatch.required");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/") || value.startsWith("w/")) {
            throw new Unmatched("api.ifMatch.weak");
        }
        if (value.equals("*") || value.contains(",")) {
            throw InvalidInput.of(HEADER, "api.ifMatch.single");
        }
        var version = VERSION.matcher(value);
        if (!version.matches()) {
            throw InvalidInput.of(HEADER, "api.ifMatch.required");
        }
        return Integer.parseInt(version.group(1) != null ? version.group(1) : version.group(2));
    }

    /** A precondition that can never hold: answered 412 Precondition Failed, naming the header and why. */
    public static final class Unmatched extends RuntimeException {

        private final transient InvalidInput input;

        Unmatched(String code) {
            super(code);
            this.input = InvalidInput.of(HEADER, code);
        }

        public InvalidInput input() {
            return input;
        }
    }
}
