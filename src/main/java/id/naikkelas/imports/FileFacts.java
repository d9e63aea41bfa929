package id.naikkelas.imports;

import java.util.List;

/**
 * What the first look at an upload found: the format, for CSV the encoding and separator, where the
 * header row is, the columns with a few sample values, and roughly how many rows follow (for the
 * progress bar; null when the file does not say).
 */
record FileFacts(SheetFormat format, String encoding, String separator, int headerLine, List<Column> columns,
                 Integer estimatedRows) {

    record Column(int index, String letter, String header, List<String> samples) {

        /** The first sample with something in it, to show next to the header; null if all are empty. */
        public String example() {
            return samples.stream().filter(s -> !s.isBlank()).findFirst().orElse(null);
        }
    }
}
