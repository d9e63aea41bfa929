package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;

import java.util.List;

/** A data line read and converted: the business it describes, or the problems that keep it out. */
record Incoming(int line, List<String> cells, BusinessData data, List<RowProblem> problems) {

    /** The same line without the cells as read: only a rejected line needs them (to be sent back). */
    Incoming withoutCells() {
        return new Incoming(line, List.of(), data, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** District code (PP.RR.DD) of a valid row: the scope of fuzzy matching. */
    String district() {
        return data.regionCode().substring(0, 8);
    }
}
