package id.naikkelas.training;

public enum EventMode {
    ON_SITE,
    ONLINE,
    /** On site with some participants joining online (Dumai with Bengkalis joining by video). */
    HYBRID;

    boolean hasVenue() {
        return this != ONLINE;
    }

    boolean hasLink() {
        return this != ON_SITE;
    }
}
