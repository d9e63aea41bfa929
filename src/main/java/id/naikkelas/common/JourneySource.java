package id.naikkelas.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A module's part of a business's journey (its cases, inspections, trainings, visits, awards), for the participant
 * page. Programs shows the journey but may not depend on training or certification (they depend on programs), so
 * each module contributes its own entries as a bean of this type and programs reads the list of them.
 * <p>
 * An implementation reads with one query (the page must not grow in statements with the entries) and returns only
 * what the current user may open: every {@code href} it gives must answer that user with a page, not a refusal.
 */
public interface JourneySource {

    /** The entries of one business, in any order, their words in {@code locale}. */
    List<Entry> entriesOf(long businessId, Locale locale);

    /**
     * One dated event. {@code kind} is a stable code (CASE, CASE_STEP, INSPECTION, TRAINING, VISIT, AWARD, HANDOVER)
     * for programs and icons; {@code title} and {@code detail} are words for people; {@code photoHref} is set when the
     * event has a photo (a hand-over).
     */
    record Entry(LocalDate on, String kind, String title, String detail, String href, String photoHref) {
    }
}
