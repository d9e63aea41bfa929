package id.naikkelas.registry;

import org.springframework.stereotype.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Sealing for NIKs another module keeps before they reach the registry (the import's uploaded rows and its review
 * queue): one key and one format with the registry's own owners, while the vault itself, and the owners' sealed NIKs,
 * stay inside the registry (ADR 0013).
 */
@Component
@NamedInterface("imports")
public class StagedNiks {

    private final NikVault vault;

    StagedNiks(NikVault vault) {
        this.vault = vault;
    }

    /** The NIK sealed for storage ({@code v1:…}); null stays null. */
    public String seal(String nik) {
        return vault.seal(nik);
    }

    /** A value {@link #seal} made, in clear again. */
    public String open(String sealed) {
        return vault.open(sealed);
    }

    /** A keyed hash of the text (e.g. a digest of a row holding a NIK): it cannot be found again by hashing guesses. */
    public String keyedHash(String text) {
        return vault.hash(text);
    }
}
