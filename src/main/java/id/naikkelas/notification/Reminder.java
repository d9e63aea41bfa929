package id.naikkelas.notification;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One reminder a rule found due: for whom, about what ({@code once} names the occasion, so it is sent once however
 * often the rules run that day or the next), and its arguments, written in the recipient's language. The rule reads
 * that {@code language} with the recipient (identity_user.language), so a day's batch makes no query per person.
 */
record Reminder(String once, String kind, String username, Locale language, String phone, String regionCode, String link,
                Function<Locale, List<String>> args) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The account's language code as the view gives it; Indonesian when there is none. */
    static Locale language(String code) {
        return code == null || code.isBlank() ? INDONESIAN : Locale.forLanguageTag(code);
    }
}
