package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;

/** Record versions as HTTP entity tags: {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version the client read; without it an update could silently overwrite someone else's. */
    static int require(String ifMatch) {
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
