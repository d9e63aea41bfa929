package id.naikkelas.registry;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What an imported list says about a registered business beyond its fields (issue 16): the permits its
 * "izin yang dimiliki" column names with a recognised type and a valid number, and note lines (its
 * "keterangan" column, and what the permits column said that is not such a permit).
 */
@NamedInterface("imports")
public record ListedDetails(long businessId, List<Permit> permits, List<String> notes) {

    public ListedDetails {
        permits = List.copyOf(permits);
        notes = List.copyOf(notes);
    }

    /**
     * A permit held by the business as a whole (no product). {@code number} is checked again with
     * {@link PermitNumbers}; {@code noteIfRefused} is the note line kept instead when the number is not valid
     * or another business already holds it.
     */
    public record Permit(PermitType type, String number, String noteIfRefused) {
    }
}
