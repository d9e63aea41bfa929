package id.naikkelas.imports;

import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How agencies write values in their lists, read into the registry's terms. Anything that cannot be
 * read with certainty is reported rather than guessed.
 */
final class CellValues {

    /** "1.47201E+15" or "1,47E+15": Excel's display of a long number, the digits after the fifth are gone. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\s*\\d+([.,]\\d+)?\\s*[eE]\\s*\\+?\\s*\\d+\\s*");
    /** Excel keeps 15 significant digits; a 16-digit NIK typed as a number gets a 0 in place of its last digit. */
    static final int EXCEL_DIGITS = 15;

    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(rb|ribu|k|jt|juta|m|miliar|milyar|t|triliun)\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDONESIAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+,\\d{1,2}");
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+\\.\\d{1,2}");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,16}");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    private static final Pattern CURRENCY = Pattern.compile("(?i)^rp\\.?");
    private static final Pattern DASH_END = Pattern.compile("(?i)[,.]?-$");
    private static final Pattern SPACE_BEFORE_DIGIT = Pattern.compile("\\s+(?=\\d)");
    private static final Pattern DECIMALS_AFTER_COMMA = Pattern.compile(",\\d+$");
    private static final Pattern DECIMALS_AFTER_POINT = Pattern.compile("\\.\\d+$");
    private static final Pattern SOLE_PROPRIETOR = Pattern.compile("(pt )?(perorangan|perseorangan|individu|pribadi|sole proprietor)");
    /** Legal forms written before a name or alone, in the order they are tried. */
    private static final List<Map.Entry<LegalForm, Pattern>> LEGAL_FORMS = List.of(
            Map.entry(LegalForm.UD, Pattern.compile("(ud|usaha dagang)( .*)?")),
            Map.entry(LegalForm.CV, Pattern.compile("cv( .*)?")),
            Map.entry(LegalForm.PT, Pattern.compile("(pt|perseroan terbatas)( .*)?")),
            Map.entry(LegalForm.KOPERASI, Pattern.compile("(koperasi|kop)( .*)?")),
            Map.entry(LegalForm.FIRMA, Pattern.compile("(firma|fa)( .*)?")),
            Map.entry(LegalForm.YAYASAN, Pattern.compile("yayasan( .*)?")));
    private static final java.util.Set<String> LEGAL_FORM_FIRST_WORDS = java.util.Set.of("pt", "perorangan", "perseorangan", "individu",
            "pribadi", "sole", "ud", "usaha", "cv", "perseroan", "koperasi", "kop", "firma", "fa", "yayasan");
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(\\d{1,7})\\b.*");
    /** Serial day numbers Excel uses for dates (1954..2099), when a date column lost its format. */
    private static final int SERIAL_FROM = 20_000;
    private static final int SERIAL_TO = 73_000;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Map<String, BigDecimal> UNITS = Map.of(
            "rb", new BigDecimal("1000"), "ribu", new BigDecimal("1000"), "k", new BigDecimal("1000"),
            "jt", new BigDecimal("1000000"), "juta", new BigDecimal("1000000"),
            "m", new BigDecimal("1000000000"), "miliar", new BigDecimal("1000000000"), "milyar", new BigDecimal("1000000000"),
            "t", new BigDecimal("1000000000000"), "triliun", new BigDecimal("1000000000000"));

    /** Keywords of each sector in agency wording, checked in this order (jamu before minuman, batik before fashion). */
    private static final List<Map.Entry<Sector, Pattern>> SECTORS = List.of(
            Map.entry(Sector.TRADITIONAL_MEDICINE, words("jamu|obat tradisional|herbal|traditional medicine")),
            Map.entry(Sector.COSMETICS, words("kosmetik|kosmetika|kecantikan|sabun|cosmetics?|skincare")),
            Map.entry(Sector.BATIK, words("batik|tenun|songket")),
            Map.entry(Sector.HANDICRAFT, words("kerajinan|kriya|anyaman|ukiran|souvenir|cendera ?mata|handicrafts?|crafts?")),
            Map.entry(Sector.FASHION, words("fesyen|fashion|busana|konveksi|pakaian|sepatu|tas|garment")),
            Map.entry(Sector.BEVERAGE, words("minuman|kopi|teh|sirup|jus|beverages?|drinks?|coffee|tea")),
            Map.entry(Sector.PROCESSED_FOOD, words("pangan|makanan|kuliner|olahan|keripik|kripik|kerupuk|krupuk|kue|roti|"
                    + "sambal|abon|dodol|bolu|kemplang|otak otak|pempek|snack|camilan|food|frozen food|catering|katering")),
            Map.entry(Sector.OTHER, words("jasa|perdagangan|dagang|lainnya|lain lain|services?|trade|other")));

    private CellValues() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b");
    }

    /**
     * How Excel's General format shows a long number: six significant digits in scientific notation
     * ("1472017101997000" → "1.47202E+15"). What a rejected line gives back instead of padded digits.
     */
    static String excelDisplay(String number) {
        try {
            var rounded = new BigDecimal(number.trim()).round(new java.math.MathContext(6)).stripTrailingZeros();
            String text = rounded.toString();
            return text.contains("E") ? text : rounded.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    static boolean scientific(String text) {
        return SCIENTIFIC.matcher(text).matches();
    }

    /**
     * An identifier (NIK) that reached us as an Excel number with as many digits as Excel keeps and a
     * trailing zero: its real last digit may be lost, so it cannot be trusted.
     */
    static boolean digitsLost(SourceCell cell, int length) {
        return cell.kind() == SourceCell.Kind.NUMBER && length > EXCEL_DIGITS
                && cell.text().length() == length && cell.text().endsWith("0");
    }

    /**
     * Rupiah as agencies write them: "Rp 150.000.000", "150,000,000", "150000000", "150 juta", "1,5 M"
     * or a number cell. Empty for anything else.
     */
    static Optional<BigDecimal> amount(SourceCell cell) {
        String text = cell.text().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (cell.kind() == SourceCell.Kind.NUMBER) {
            return Optional.of(new BigDecimal(text).setScale(0, java.math.RoundingMode.HALF_UP));
        }
        String value = SPACE_BEFORE_DIGIT.matcher(DASH_END.matcher(CURRENCY.matcher(text).replaceFirst("")).replaceFirst(""))
                .replaceAll("").trim();
        Matcher unit = AMOUNT_WITH_UNIT.matcher(value);
        if (unit.matches()) {
            var number = new BigDecimal(unit.group(1).replace(',', '.'));
            return Optional.of(number.multiply(UNITS.get(unit.group(2).toLowerCase(Locale.ROOT))).setScale(0, java.math.RoundingMode.HALF_UP));
        }
        String whole;
        if (PLAIN.matcher(value).matches()) {
            whole = value;
        } else if (INDONESIAN.matcher(value).matches()) {
            whole = DECIMALS_AFTER_COMMA.matcher(value).replaceFirst("").replace(".", "");
        } else if (ENGLISH.matcher(value).matches()) {
            whole = DECIMALS_AFTER_POINT.matcher(value).replaceFirst("").replace(",", "");
        } else {
            return Optional.empty();
        }
        return whole.length() > 16 ? Optional.empty() : Optional.of(new BigDecimal(whole));
    }

    /** A count such as "5" or "5 orang". */
    static Optional<Integer> count(SourceCell cell) {
        String text = cell.text();
        if (cell.kind() == SourceCell.Kind.NUMBER) {
            try {
                return Optional.of(new BigDecimal(text).intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A year from a year, a date cell, a date written as text, or a date cell that lost its format (a serial number). */
    static Optional<Integer> year(SourceCell cell) {
        String text = cell.text().trim();
        if (cell.kind() == SourceCell.Kind.DATE) {
            return Optional.of(LocalDate.parse(text).getYear());
        }
        if (cell.kind() == SourceCell.Kind.NUMBER) {
            try {
                int n = new BigDecimal(text).intValueExact();
                if (n >= 1900 && n <= 2100) {
                    return Optional.of(n);
                }
                if (n >= SERIAL_FROM && n <= SERIAL_TO) {
                    return Optional.of(EXCEL_EPOCH.plusDays(n).getYear());
                }
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** L or P as the registry stores them, from the ways lists write sex; the raw text otherwise, for the registry to refuse. */
    static String gender(String text) {
        String value = Headers.normalise(text);
        return switch (value) {
            case "" -> null;
            case "l", "lk", "laki", "laki laki", "pria", "m", "male", "man" -> "L";
            case "p", "pr", "perempuan", "wanita", "w", "f", "female", "woman" -> "P";
            default -> text.trim();
        };
    }

    /** The sector named in a sector or product text, or what the business name suggests. */
    static Optional<Sector> sector(String text) {
        String value = Headers.normalise(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (var entry : SECTORS) {
            if (entry.getValue().matcher(value).find()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The legal form written in its own column or in front of the name ("CV Maju Jaya", "UD Sumber Rejeki"). */
    static Optional<LegalForm> legalForm(String text) {
        String value = Headers.normalise(text);
        int space = value.indexOf(' ');
        // every pattern below starts with one of these words; most business names start with none
        if (value.isEmpty() || !LEGAL_FORM_FIRST_WORDS.contains(space < 0 ? value : value.substring(0, space))) {
            return Optional.empty();
        }
        if (SOLE_PROPRIETOR.matcher(value).matches()) {
            return Optional.of(value.startsWith("pt ") ? LegalForm.PT_PERORANGAN : LegalForm.PERORANGAN);
        }
        return LEGAL_FORMS.stream().filter(form -> form.getValue().matcher(value).matches()).map(Map.Entry::getKey).findFirst();
    }
}
