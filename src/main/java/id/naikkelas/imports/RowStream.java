package id.naikkelas.imports;

import java.io.IOException;

/** Rows of a file, one at a time: a million-row file is never held in memory. */
interface RowStream extends AutoCloseable {

    /** The next row, or null at the end of the file. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;
}
