package id.naikkelas.identity;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;

import java.util.ArrayList;
import java.util.List;

/**
 * A jurisdiction on the administrator's forms: one row per region, each with the cascading picker (bound as
 * {@code regions[0].province} and so on), as the program form's target regions. Shared by the agency and user forms.
 */
final class RegionRows {

    static final String LIST = "regions";

    private RegionRows() {
    }

    /** The rows of stored codes, with one empty row to pick in when there are none. */
    static List<RegionChoice> of(List<String> codes) {
        var rows = new ArrayList<>(codes.stream().map(RegionChoice::of).toList());
        if (rows.isEmpty()) {
            rows.add(new RegionChoice());
        }
        return rows;
    }

    static List<RegionChoice> blank() {
        return new ArrayList<>(List.of(new RegionChoice()));
    }

    /** The regions chosen, in row order; empty rows left out, a region picked twice counted once. */
    static List<String> codes(List<RegionChoice> rows) {
        return RegionChoice.codes(rows);
    }

    static void add(List<RegionChoice> rows, String list) {
        if (LIST.equals(list)) {
            FormRows.add(rows, RegionChoice::new);
        }
    }

    static void remove(List<RegionChoice> rows, FormRows.Row row) {
        if (LIST.equals(row.list())) {
            FormRows.remove(rows, row.index(), RegionChoice::new);
        }
    }

    /** A service's complaint about a region ("regionCodes", code) shows on the row that holds the code. */
    static String fieldOf(List<RegionChoice> rows, InvalidInput.Violation v) {
        if (!"regionCodes".equals(v.field())) {
            return v.field();
        }
        return RegionChoice.rowOf(LIST, rows, v.firstArg());
    }
}
