package id.naikkelas.imports;

import java.util.List;

/** Rows read, checked and matched together, committed together; {@code lastLine} is the last line the chunk covers. */
record Chunk(List<Matcher.Decision> decisions, int lastLine) {
}
