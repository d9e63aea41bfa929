package id.naikkelas.notification;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One reminder a rule found due: for whom, about what ({@code once} names the occasion, so it is sent once however
 * often the rules run that day or the next), and its arguments, written in the recipient's language.
 */
record Reminder(String once, String kind, String username, String phone, String regionCode, String link,
                Function<Locale, List<String>> args) {
}
