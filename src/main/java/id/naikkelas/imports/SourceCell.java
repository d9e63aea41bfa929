package id.naikkelas.imports;

/**
 * One cell as read from a file: the text a person would see, and what kind of value the
 * spreadsheet stored. The kind matters because Excel keeps only 15 significant digits of a
 * number, so a 16-digit NIK stored as a number has already lost its last digit.
 */
record SourceCell(String text, Kind kind) {

    enum Kind { TEXT, NUMBER, DATE }

    static final SourceCell EMPTY = new SourceCell("", Kind.TEXT);

    static SourceCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new SourceCell(text, Kind.TEXT);
    }

    boolean blank() {
        return text.isBlank();
    }
}
