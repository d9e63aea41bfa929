package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/**
 * Announced, inside the merge's transaction, when an officer merged {@code absorbedId} into {@code survivorId}: each
 * module re-points its own rows that name the absorbed business (listening synchronously, so a failure undoes the
 * whole merge) and records what it moved in the ledger, which the registry keeps for undo.
 */
@NamedInterface("events")
public record BusinessesMerged(long mergeId, long survivorId, long absorbedId, MergeLedger ledger) {
}
