package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Rupiah amounts as people type them: "Rp 1.500.000", "1.500.000,00", "1500000" or the English
 * "1,500,000". Anything else (e.g. "1,5 juta") is refused rather than guessed.
 */
final class Amounts {

    private static final Pattern INDONESIAN = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?");
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,16}");

    private Amounts() {
    }

    static BigDecimal parse(String text, String field, InvalidInput.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.replaceAll("(?i)rp\\.?", "").replaceAll("\\s", "");
        String whole;
        if (PLAIN.matcher(value).matches()) {
            whole = value;
        } else if (INDONESIAN.matcher(value).matches()) {
            whole = value.replaceAll(",\\d+$", "").replace(".", "");
        } else if (ENGLISH.matcher(value).matches()) {
            whole = value.replaceAll("\\.\\d+$", "").replace(",", "");
        } else {
            problems.add(field, "registry.amount.format");
            return null;
        }
        if (whole.length() > 16) {
            problems.add(field, "registry.amount.format");
            return null;
        }
        return new BigDecimal(whole);
    }
}
