package id.naikkelas.certification;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts of the rule file that quote a product's facts: {@code {outlets}} becomes "2", a date
 * "17 Oktober 2026", an amount "15.000.000.000". Names are checked when the file loads.
 */
final class FactText {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private FactText() {
    }

    /** Fails naming the placeholder when a text quotes a fact the profile does not have. */
    static void check(String text, String where) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (Facts.find(m.group(1)).isEmpty()) {
                throw new InvalidRulesException(where + ": the text quotes {" + m.group(1) + "}, which is not a fact; known facts are "
                        + Facts.names());
            }
        }
    }

    static String render(String text, ProductProfile product, Locale locale) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = Facts.find(m.group(1)).orElseThrow().read(product);
            m.appendReplacement(out, Matcher.quoteReplacement(format(value, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Object value, Locale locale) {
        if (value == null) {
            return "?";
        }
        if (value instanceof Long number) {
            return NumberFormat.getIntegerInstance(locale).format(number);
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        return String.valueOf(value);
    }
}
