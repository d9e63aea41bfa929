package id.naikkelas.registry;

import id.naikkelas.common.IfMatch;

/** Record versions as HTTP entity tags: {@code "3"}. */
final class ETags {

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version the client read; without it an update could silently overwrite someone else's. */
    static int require(String ifMatch) {
        return IfMatch.version(ifMatch);
    }
}
