package id.naikkelas.market;

/**
 * A buyer organisation was recorded, changed (which withdraws its verification) or verified. Published for reporting,
 * which counts verified buyers per region and must forget one in the region it left (ADR 0024).
 *
 * @param fromRegion its region before (null when it is new)
 */
public record BuyerChanged(long userId, String fromRegion, String toRegion) {
}
