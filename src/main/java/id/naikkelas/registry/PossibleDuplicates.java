package id.naikkelas.registry;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Businesses already in the registry that a business about to be entered by hand may be (issue 16): the same
 * judgement an import makes of a line, so an officer sees the candidates before saving a second copy. Provided by
 * the import module's matcher; without one, nothing is suggested.
 */
@NamedInterface("imports")
public interface PossibleDuplicates {

    /** A registered business like the one entered, with how alike they are (0..1). */
    record Match(long businessId, String name, String ownerName, String regionLabel, double score) {
    }

    /** The likeliest registered businesses the caller may see, best first; empty when none is alike enough. */
    List<Match> of(BusinessData entered);
}
