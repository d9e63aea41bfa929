package id.naikkelas.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time comes from one clock: no code outside {@link Today} reads the system clock, asks the JVM for its default zone, or
 * names Jakarta's zone itself, so a test that sets the clock moves every rule, and no server's zone setting shows.
 */
class OneClockTest {

    private static final Pattern OWN_CLOCK = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Instant|Year|YearMonth)\\.now\\("
                    + "|ZoneId\\.systemDefault|TimeZone\\.getDefault|new (java\\.util\\.)?Date\\(\\)|System\\.currentTimeMillis"
                    + "|ZoneId\\.of\\(\"Asia/|\\bJAKARTA\\b");

    @Test
    void onlyTodayReadsTheClock() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("common", "Today.java"))) {
                    continue;
                }
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (OWN_CLOCK.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("use Today (or Times to show a moment) instead").isEmpty();
    }
}
