package id.naikkelas.reporting;

import java.util.Arrays;

/**
 * Which counts of one additive group (the cells of a column and their total) public statistics may show (ADR 0024).
 * A count from 1 to 4 is hidden as {@link Mark#SMALL} ("<5"). Hiding it alone would not do: the total minus the cells
 * shown gives it back. So further cells of 5 or more are hidden as {@link Mark#COMPLEMENT}, smallest first, until
 * what a reader knows of the hidden cells (each small one 1–4, each complement 5 or more, and their sum: the total
 * minus the cells shown) no longer pins any of them to one value: that happens only when the hidden sum is as small as
 * those bounds allow. With no cell left to hide, the total is hidden instead.
 * <p>
 * The reader assumed here knows the published bounds, not how complements are picked; one who reasons that a
 * complement is at most the smallest cell still shown can narrow some ranges (a random pick would be needed for that).
 */
final class Suppression {

    enum Mark { SHOWN, SMALL, COMPLEMENT }

    static final int SMALLEST_SHOWN = 5;

    /** The marks of a group: {@code marks[i]} for {@code cells[i]}, and {@code total}. */
    record Group(Mark[] marks, Mark total) {
    }

    private Suppression() {
    }

    static boolean small(long n) {
        return n > 0 && n < SMALLEST_SHOWN;
    }

    /**
     * @param totalHidden the total is already hidden elsewhere (e.g. as a cell of the level above), so it cannot be
     *                    subtracted from and needs no protection here
     */
    static Group of(long[] cells, long total, boolean totalHidden) {
        var marks = new Mark[cells.length];
        Arrays.fill(marks, Mark.SHOWN);
        int smalls = 0;
        long hiddenSum = 0;
        for (int i = 0; i < cells.length; i++) {
            if (small(cells[i])) {
                marks[i] = Mark.SMALL;
                smalls++;
                hiddenSum += cells[i];
            }
        }
        Mark totalMark = totalHidden ? Mark.COMPLEMENT : small(total) ? Mark.SMALL : Mark.SHOWN;
        if (smalls == 0 || totalMark != Mark.SHOWN) {
            return new Group(marks, totalMark);
        }
        int complements = 0;
        while (complements == 0 || hiddenSum <= smalls + (long) SMALLEST_SHOWN * complements) {
            int next = smallestShown(cells, marks);
            if (next < 0) {
                return new Group(marks, Mark.COMPLEMENT);
            }
            marks[next] = Mark.COMPLEMENT;
            complements++;
            hiddenSum += cells[next];
        }
        return new Group(marks, Mark.SHOWN);
    }

    /** The smallest cell shown that is not zero (a zero hidden would claim "5 or more"), or -1. */
    private static int smallestShown(long[] cells, Mark[] marks) {
        int best = -1;
        for (int i = 0; i < cells.length; i++) {
            if (marks[i] == Mark.SHOWN && cells[i] >= SMALLEST_SHOWN && (best < 0 || cells[i] < cells[best])) {
                best = i;
            }
        }
        return best;
    }
}
