package id.naikkelas.imports;

import java.util.List;

/** One row of a file with its line number as the spreadsheet shows it (1 = the first row). */
record SourceRow(int line, List<SourceCell> cells) {

    SourceCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : SourceCell.EMPTY;
    }

    boolean blank() {
        return cells.stream().allMatch(SourceCell::blank);
    }

    List<String> texts() {
        return cells.stream().map(SourceCell::text).toList();
    }
}
