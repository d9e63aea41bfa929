package id.naikkelas.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures of one dashboard: a region (null: the viewer's whole jurisdiction) and optionally one program.
 * Codes (stages, permit types, levels) stay codes here; pages and reports put them into words.
 *
 * @param childLength length of the region codes one level down (0 when the region is a district: no further drill)
 * @param refreshedAt when the figures were last brought up to date
 */
public record Dashboard(String region, String regionName, List<Crumb> path, Long programId, String programName,
                        List<Bar> funnel, int childLength, List<RegionRow> regions,
                        List<String> permitTypes, List<MonthRow> permitMonths, List<PathwayTime> pathways,
                        List<Bar> inspectionLevels, long actionsOpen, long actionsClosed,
                        long visitsDone, long visitsDue, List<FacilitatorLoad> facilitators,
                        Training training, List<StepWait> bottlenecks, Market market, OffsetDateTime refreshedAt) {

    /**
     * The funnel's stages in order. Selling (ADR 0024): a product published in the catalogue and at least one buyer's
     * inquiry accepted (every supply order starts from one).
     */
    public static final List<String> STAGES = List.of("REGISTERED", "ENROLLED", "TRAINED", "INSPECTED", "FILED", "CERTIFIED", "SELLING");

    public record Crumb(String code, String name) {
    }

    /** One number, with the list behind it where such a list exists (null otherwise). */
    public record Bar(String code, long n, String link) {
    }

    public record RegionRow(String code, String name, Map<String, Long> stages, String link) {
    }

    public record MonthRow(String month, Map<String, Long> byType, long total) {
    }

    /**
     * Working days from opening a case to its permit, per pathway.
     *
     * @param slaDays the pathway's service levels added up (null when its steps set none)
     * @param withinSla share of cases done within {@code slaDays} (0–1), null without an SLA
     */
    public record PathwayTime(String code, String name, long cases, Integer medianDays, Integer slaDays, Double withinSla) {
    }

    public record FacilitatorLoad(long id, String name, long open) {
    }

    /** @param scoreGain mean post-test minus pre-test score of those who took both, null when nobody did */
    public record Training(long registered, long attended, long scored, Double scoreGain) {
    }

    /** A pathway step and how long cases waited in it on average (calendar days). */
    public record StepWait(String pathway, String step, long cases, double averageDays) {
    }

    /**
     * Market outcomes of the businesses in scope (ADR 0024), each with the list behind it where one exists.
     *
     * @param ordersRunning supply orders whose last delivery is today or later (started or yet to start)
     * @param buyersByType  verified buyer organisations per type, where they are; null for a program (buyers join none)
     */
    public record Market(Bar listed, long inquiriesReceived, long inquiriesAnswered, long inquiriesAccepted, long orders,
                         long ordersRunning, long deliveriesSent, long deliveriesReceived, List<Bar> buyersByType) {

        public Long buyersVerified() {
            return buyersByType == null ? null : buyersByType.stream().mapToLong(Bar::n).sum();
        }
    }

    public long maxFunnel() {
        return funnel.stream().mapToLong(Bar::n).max().orElse(0);
    }

    public long maxMonth() {
        return permitMonths.stream().mapToLong(MonthRow::total).max().orElse(0);
    }

    public long maxLevel() {
        return inspectionLevels.stream().mapToLong(Bar::n).max().orElse(0);
    }
}
