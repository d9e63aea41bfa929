package id.naikkelas.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a message writes it: "5 Des 2026", "5 Dec 2026". */
final class Dates {

    private Dates() {
    }

    /** Runs {@code words} with {@code locale} as the current one: Labels writes in the current locale. */
    static <T> T in(Locale locale, java.util.function.Supplier<T> words) {
        var before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            return words.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }
}
