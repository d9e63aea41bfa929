package id.naikkelas.certification;

import id.naikkelas.common.Labels;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns registry codes into the words a form wants, in the pack's language: enums through the
 * message bundles ({@code sector.*}, {@code scale.*}, ...), BPOM food categories and P-IRT food
 * types through their reference names.
 */
final class PackLabels {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    private final MessageSource messages;
    private final Locale locale;
    private final Function<String, String> foodCategoryNames;
    private final Function<String, String> irtFoodTypeNames;

    PackLabels(MessageSource messages, Locale locale, Function<String, String> foodCategoryNames,
               Function<String, String> irtFoodTypeNames) {
        this.messages = messages;
        this.locale = locale;
        this.foodCategoryNames = foodCategoryNames;
        this.irtFoodTypeNames = irtFoodTypeNames;
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return CertificationMessages.isEnglish(locale);
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The bundle label of a code, e.g. {@code scale.MIKRO}; the bare code when no label exists. */
    String code(String prefix, String code) {
        return code == null ? null : messages.getMessage(prefix + "." + code, null, code, locale);
    }

    /** The label of a constant, under the key the one labelling place gives its type. */
    String code(Enum<?> value) {
        return value == null ? null : messages.getMessage(Labels.key(value), null, value.name(), locale);
    }

    /** Rupiah without decimals; grouped the Indonesian way unless the pack is in English. */
    String rupiah(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getIntegerInstance(english() ? Locale.ENGLISH : INDONESIA);
        return "Rp" + format.format(amount);
    }

    String days(Integer days) {
        return days == null ? null : message("pack.days", String.valueOf(days));
    }

    /** "15.0 — Makanan ringan siap santap": forms ask for the code, people read the name. */
    String foodCategory(String code) {
        return withName(code, foodCategoryNames);
    }

    String irtFoodType(String code) {
        return withName(code, irtFoodTypeNames);
    }

    private static String withName(String code, Function<String, String> names) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = names.apply(code);
        return name == null ? code : code + " — " + name;
    }
}
