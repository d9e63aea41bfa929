package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/**
 * Announced, inside the undo's transaction, when a merge is undone: each module checks that the rows it moved still
 * name the survivor (else throws, refusing the undo with a reason) and points them back at the absorbed business.
 */
@NamedInterface("events")
public record BusinessMergeUndone(long mergeId, long survivorId, long absorbedId, MergeLedger ledger) {
}
