package id.naikkelas.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a P-IRT number whose meaning is confirmed (PerBPOM 22/2018 as summarised by
 * Tempo 2021, regulations.md §4): digit 1 is the packaging code, digits 2–3 the food-type code
 * ({@code jenis-pangan-irt.csv}). The other digits (region, serials, expiry year) are
 * unconfirmed and deliberately not decoded.
 *
 * @param packagingCode digit 1, 0–9 (only 1–8 have a known meaning)
 * @param foodTypeCode  digits 2–3 as a string, e.g. {@code "06"}; compare with the product's IRT food type
 */
public record PirtParts(int packagingCode, String foodTypeCode) {

    /** Packaging codes 1–8. */
    public enum Packaging {
        GLASS, PLASTIC, PAPER_OR_CARDBOARD, CAN, ALUMINIUM_FOIL, OTHER, COMPOSITE, MULTIPLE;

        public int code() {
            return ordinal() + 1;
        }
    }

    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d)(\\d{2})\\d");

    /** Decodes a P-IRT number as produced by {@link PermitNumbers}; empty if it does not start with digits. */
    public static Optional<PirtParts> of(String pirtNumber) {
        if (pirtNumber == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_DIGITS.matcher(pirtNumber);
        return m.find()
                ? Optional.of(new PirtParts(Integer.parseInt(m.group(1)), m.group(2)))
                : Optional.empty();
    }

    /** Empty for the undocumented codes 0 and 9, which old certificates might carry. */
    public Optional<Packaging> packaging() {
        return packagingCode >= 1 && packagingCode <= Packaging.values().length
                ? Optional.of(Packaging.values()[packagingCode - 1])
                : Optional.empty();
    }

    /** True when digits 2–3 equal the given IRT food-type code ("6" and "06" both match 06). */
    public boolean matchesFoodType(String irtFoodTypeCode) {
        if (irtFoodTypeCode == null || !irtFoodTypeCode.strip().matches("\\d{1,2}")) {
            return false;
        }
        return Integer.parseInt(irtFoodTypeCode.strip()) == Integer.parseInt(foodTypeCode);
    }
}
