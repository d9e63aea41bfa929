package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.ListedDetails;

import java.util.ArrayList;
import java.util.List;

/**
 * A data line read and converted: the business it describes, or the problems that keep it out, and what its
 * permits and notes columns add ({@code listed}).
 */
record Incoming(int line, List<String> cells, BusinessData data, List<RowProblem> problems, Listed listed) {

    Incoming(int line, List<String> cells, BusinessData data, List<RowProblem> problems) {
        this(line, cells, data, problems, Listed.NONE);
    }

    /**
     * Permits read from the permits column and note lines (the notes column, and what the permits column said
     * that is not a valid permit); {@code nibNote} is the note kept instead of the NIB when the NIB came from the
     * permits column ({@code nibFromPermits}) and cannot be used.
     */
    record Listed(List<ListedDetails.Permit> permits, List<String> notes, boolean nibFromPermits, String nibNote) {

        static final Listed NONE = new Listed(List.of(), List.of(), false, null);

        boolean empty() {
            return permits.isEmpty() && notes.isEmpty();
        }

        ListedDetails of(long businessId) {
            return new ListedDetails(businessId, permits, notes);
        }
    }

    /** The same line without the cells as read: only a rejected line needs them (to be sent back). */
    Incoming withoutCells() {
        return new Incoming(line, List.of(), data, problems, listed);
    }

    /** A NIB the permits column gave that cannot be used (another business outside the jurisdiction holds it): kept as a note. */
    Incoming withoutListedNib() {
        var d = data;
        var without = new BusinessData(d.name(), d.legalForm(), null, d.npwp(), d.kbliCodes(), d.sector(), d.address(),
                d.regionCode(), d.latitude(), d.longitude(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(),
                d.premises(), d.equipment(), d.productionSites(), d.outlets(), d.owner(), d.kind(), d.menuItems(), d.notes());
        var notes = new ArrayList<>(listed.notes());
        notes.add(listed.nibNote());
        return new Incoming(line, cells, without, problems, new Listed(listed.permits(), notes, false, null));
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** District code (PP.RR.DD) of a valid row: the scope of fuzzy matching. */
    String district() {
        return data.regionCode().substring(0, 8);
    }
}
