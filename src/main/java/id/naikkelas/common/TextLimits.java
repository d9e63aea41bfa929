package id.naikkelas.common;

/**
 * How long the free text people type may be, by what it is: far more than anyone writes, so only a script or a paste
 * gone wrong meets them. The services refuse longer text with a field error ({@link InvalidInput#limit},
 * {@code @Size} on a form record); the database holds the same bounds as CHECK constraints (migration V90), so no path
 * that forgets the check can store more. Counted in UTF-16 units here and in characters there, so the check here is
 * never the looser one.
 */
public final class TextLimits {

    /** A person's, business's, product's or program's name, a title, a role, a venue. */
    public static final int NAME = 200;
    /** A postal address. */
    public static final int ADDRESS = 500;
    /** Why something was refused, ended, withdrawn or corrected. */
    public static final int REASON = 1000;
    /** A link (an online meeting's). */
    public static final int LINK = 2000;
    /** Notes, findings, descriptions, stories, comments, answers. */
    public static final int NOTE = 4000;

    private TextLimits() {
    }

    static boolean exceeds(String value, int max) {
        // as typed, not stripped: some services store text as it came, and the database must never be the first to refuse
        return value != null && value.length() > max;
    }
}
