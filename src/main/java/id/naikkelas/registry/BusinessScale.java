package id.naikkelas.registry;

/** Business scale (skala usaha) per PP 7/2021 art. 35; thresholds live in {@link ScaleThresholds}. */
public enum BusinessScale {
    MIKRO,
    KECIL,
    MENENGAH,
    BESAR;

    /**
     * "UMK" = micro plus small: the group many facilities target only
     * (halal self-declare, SEHATI), see regulations.md §1.
     */
    public boolean isUmk() {
        return this == MIKRO || this == KECIL;
    }
}
