package id.naikkelas.common;

/**
 * The version a client read, sent back as {@code If-Match: "3"} so that an update cannot silently overwrite someone
 * else's. Anything that is not a version (missing, "abc", a number past int) is refused on the header, never a 500.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw InvalidInput.of("If-Match", "api.ifMatch.required");
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "api.ifMatch.required");
        }
    }
}
