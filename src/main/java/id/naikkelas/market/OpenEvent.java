package id.naikkelas.market;

import java.time.LocalDate;
import java.util.List;

/**
 * An upcoming event open for registration, offered to an owner whose businesses lie in the agency's jurisdiction:
 * until when they may ask, how many places it has ({@code capacity} null: no limit) and how many are taken, and where
 * each of their businesses stands.
 */
public record OpenEvent(EventCard event, LocalDate lastDayToAsk, Integer capacity, int taken, List<Candidate> businesses) {

    public record Candidate(long businessId, String businessName, Standing standing) {
    }

    /** A business may ask, has asked, takes part already, or may not ask any more (past the deadline or full). */
    public enum Standing { MAY_ASK, ASKED, TAKING_PART, CLOSED }
}
