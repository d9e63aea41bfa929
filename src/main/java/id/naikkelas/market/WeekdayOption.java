package id.naikkelas.market;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A weekday as an order stores it (1 = Monday ... 7 = Sunday) and as the reader calls it. */
public record WeekdayOption(int value, String name) {

    static List<WeekdayOption> all(Locale locale) {
        return Arrays.stream(DayOfWeek.values()).map(d -> new WeekdayOption(d.getValue(), d.getDisplayName(TextStyle.FULL, locale))).toList();
    }
}
