package id.naikkelas.imports;

import java.util.List;

/**
 * Why a line was rejected: the column (index and header as in the file; -1 when the reason concerns
 * the row as a whole), the value found and a message key with arguments, shown in the reader's language.
 */
record RowProblem(int column, String header, String value, String code, List<Object> args) {
}
