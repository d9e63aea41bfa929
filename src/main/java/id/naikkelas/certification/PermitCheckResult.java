package id.naikkelas.certification;

import id.naikkelas.certification.CriterionResult.Status;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;

import java.time.LocalDate;
import java.util.List;

/**
 * What the permit self-check answers, in the reader's language: the steps in the order to take them (the NIB
 * first when it is missing, then each permit to get, with what it needs first), and the permits that are not
 * needed, each with its reason.
 *
 * @param scaleBasis SALES or CAPITAL when the scale was worked out from those figures (PP 7/2021), CHOSEN when
 *                   picked, null when not known
 * @param commodity  the SNI commodity the product was taken to be, if any
 * @param notNeeded  permits the rules exempt the product from or that do not apply, with the reason
 */
record PermitCheckResult(LocalDate asOf, String rulesVersion, String guideVersion, String productName,
                                BusinessScale scale, String scaleBasis, Commodity commodity, List<Step> steps,
                                List<Step> notNeeded) {

    public enum Kind {
        /** To do before any application (an NIB). */
        PREREQUISITE,
        /** A permit the rules decided. */
        PERMIT,
        /** Not decided by the rules but needed to apply for one that is (the PKP certificate before a P-IRT). */
        SUPPORTING
    }

    /**
     * One thing to get.
     *
     * @param key         the permit type or the prerequisite id
     * @param where       where to apply; null when not needed
     * @param costSource  where the cost and place come from
     * @param confirmed   false when the cost or place is from a secondary source ("belum dikonfirmasi")
     * @param pathway     the main steps of the platform's guide to it, when it has one
     */
    public record Step(String key, Kind kind, PermitType permit, String title, Outcome outcome, Route route, String reason,
                       List<Reason> alsoBecause, String legalBasis, List<Check> criteria, String where, String cost,
                       String link, String costSource, boolean confirmed, List<String> pathway) {
    }

    /** A further reason for the same outcome. */
    public record Reason(String text, String legalBasis) {
    }

    /** How the product stands on one halal self-declare criterion, with its own figures. */
    public record Check(String id, Status status, String text) {
    }

    /** @param suggested true when taken from the product's name rather than chosen */
    public record Commodity(String code, String name, String standard, boolean mandatory, boolean suggested,
                            boolean confirmed) {
    }
}
