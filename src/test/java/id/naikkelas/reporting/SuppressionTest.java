package id.naikkelas.reporting;

import id.naikkelas.reporting.Suppression.Mark;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public statistics hide small counts so that none can be worked out (ADR 0024). The reader here knows what is
 * published: the cells shown, the total if shown, "<5" meaning 1–4 and "×" meaning 5 or more; from the total minus the
 * cells shown they get the hidden cells' sum, and from the bounds each hidden cell's range. No range may be one value.
 */
class SuppressionTest {

    @Test
    void aSmallCountAloneWouldBeTheTotalMinusTheOthersSoTheNextSmallestIsHiddenToo() {
        var group = Suppression.of(new long[]{3, 120, 40, 0}, 163, false);
        assertThat(group.marks()).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.COMPLEMENT, Mark.SHOWN);
        assertThat(group.total()).isEqualTo(Mark.SHOWN);
        assertThat(derivable(new long[]{3, 120, 40, 0}, 163, group)).isFalse();
    }

    @Test
    void aComplementOfExactlyFiveNextToASmallOneWouldPinBothSoAnotherIsHidden() {
        // 1 + 5 = 6 is the least a "<5" and a "×" can add up to: both would be known
        var group = Suppression.of(new long[]{1, 5, 9, 300}, 315, false);
        assertThat(group.marks()).containsExactly(Mark.SMALL, Mark.COMPLEMENT, Mark.COMPLEMENT, Mark.SHOWN);
        assertThat(derivable(new long[]{1, 5, 9, 300}, 315, group)).isFalse();
    }

    @Test
    void withNothingElseToHideTheTotalIsHidden() {
        var group = Suppression.of(new long[]{2, 0}, 2, false);
        assertThat(group.total()).isEqualTo(Mark.SMALL);
        group = Suppression.of(new long[]{3, 4}, 7, false);
        assertThat(group.marks()).containsExactly(Mark.SMALL, Mark.SMALL);
        assertThat(group.total()).isEqualTo(Mark.COMPLEMENT);
    }

    @Test
    void withoutSmallCountsEverythingIsShown() {
        var group = Suppression.of(new long[]{0, 5, 17}, 22, false);
        assertThat(group.marks()).containsOnly(Mark.SHOWN);
        assertThat(group.total()).isEqualTo(Mark.SHOWN);
    }

    @Test
    void noHiddenCountCanBeWorkedOutOfRandomTables() {
        var random = new Random(24);
        int hiddenSeen = 0;
        for (int table = 0; table < 20_000; table++) {
            var cells = new long[1 + random.nextInt(8)];
            long total = 0;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(4);
                    case 2 -> 5 + random.nextInt(3);
                    default -> random.nextInt(200);
                };
                total += cells[i];
            }
            // sometimes records held above the child level add to the total
            total += random.nextInt(5) == 0 ? random.nextInt(3) : 0;
            var group = Suppression.of(cells, total, false);
            for (int i = 0; i < cells.length; i++) {
                if (Suppression.small(cells[i])) {
                    assertThat(group.marks()[i]).isEqualTo(Mark.SMALL);
                    hiddenSeen++;
                }
            }
            assertThat(derivable(cells, total, group)).as("cells %s, total %d, marks %s", java.util.Arrays.toString(cells), total,
                    java.util.Arrays.toString(group.marks())).isFalse();
        }
        assertThat(hiddenSeen).isGreaterThan(1000);
    }

    /** Whether a reader could pin a hidden cell: its range from the others' bounds and the hidden sum is one value. */
    private static boolean derivable(long[] cells, long total, Suppression.Group group) {
        if (group.total() != Mark.SHOWN) {
            return false; // no sum to subtract from
        }
        long hiddenSum = total;
        long lowSum = 0;
        long highSum = 0;
        int hidden = 0;
        for (int i = 0; i < cells.length; i++) {
            switch (group.marks()[i]) {
                case SHOWN -> hiddenSum -= cells[i];
                case SMALL -> { lowSum += 1; highSum += 4; hidden++; }
                case COMPLEMENT -> { lowSum += 5; highSum += total; hidden++; }
            }
        }
        if (hidden == 0) {
            return false;
        }
        for (int i = 0; i < cells.length; i++) {
            Mark mark = group.marks()[i];
            if (mark == Mark.SHOWN) {
                continue;
            }
            long low = mark == Mark.SMALL ? 1 : 5;
            long high = mark == Mark.SMALL ? 4 : total;
            long from = Math.max(low, hiddenSum - (highSum - high));
            long to = Math.min(high, hiddenSum - (lowSum - low));
            if (from >= to) {
                return true;
            }
        }
        return false;
    }
}
