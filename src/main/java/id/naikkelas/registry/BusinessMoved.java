package id.naikkelas.registry;

/** A business's region changed: figures kept per region (reporting) count it elsewhere from now on. */
public record BusinessMoved(long businessId, String fromRegion, String toRegion) {
}
