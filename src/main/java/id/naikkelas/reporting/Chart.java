package id.naikkelas.reporting;

import java.util.List;

/**
 * A bar chart as the page draws it (server-rendered SVG, one bar a row so it reads on a phone) and as its table
 * shows it: every item's words, number and, where a list stands behind the number, its link.
 */
public record Chart(String id, String title, String valueHeading, List<Item> items) {

    public record Item(String label, long n, String shown, String link) {
    }

    public long max() {
        return items.stream().mapToLong(Item::n).max().orElse(0);
    }

    /** A bar's width in percent of the widest (the number is written after it). */
    public double width(Item item) {
        long max = max();
        return max == 0 ? 0 : Math.max(0.5, 78.0 * item.n() / max);
    }

    /** Height of the drawing: a label line and a bar per item. */
    public int height() {
        return items.size() * ROW + 4;
    }

    public static final int ROW = 40;
}
