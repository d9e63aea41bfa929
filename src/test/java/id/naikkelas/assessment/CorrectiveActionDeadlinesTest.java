package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectiveActionDeadlinesTest {

    @Test
    void theDefaultGivesTheWorstFindingsTheLeastTime() {
        var deadlines = CorrectiveActionDeadlines.loadDefault();
        LocalDate finished = LocalDate.of(2026, 2, 20);
        assertThat(deadlines.dueOn(DeviationClass.CRITICAL, finished)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(deadlines.dueOn(DeviationClass.SERIOUS, finished)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(deadlines.dueOn(DeviationClass.MAJOR, finished)).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(deadlines.dueOn(DeviationClass.MINOR, finished)).isEqualTo(LocalDate.of(2026, 4, 21));
    }

    @Test
    void aFileMissingAClassOrWithANonsensePeriodIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CorrectiveActionDeadlines.parse("critical: P7D\nserious: P14D\nmajor: P30D\n", "due.yml"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("'minor'");
        assertThatThrownBy(() -> CorrectiveActionDeadlines.parse("critical: 7 hari\nserious: P14D\nmajor: P30D\nminor: P60D\n", "due.yml"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> CorrectiveActionDeadlines.parse("critical: P0D\nserious: P14D\nmajor: P30D\nminor: P60D\n", "due.yml"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> CorrectiveActionDeadlines.parse("critical: P7D\nserious: P14D\nmajor: P30D\nminor: P60D\nkritis: P1D\n", "due.yml"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("unknown key 'kritis'");
        assertThat(CorrectiveActionDeadlines.parse("critical: P1W\nserious: P2W\nmajor: P1M\nminor: P2M\n", "due.yml")
                .dueOn(DeviationClass.MAJOR, LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
