package id.naikkelas.reporting;

/** Which report: one program's, or the yearly evaluation of the agency's jurisdiction (or a region of it) and its programs. */
public enum ReportKind {
    PROGRAM, YEAR
}
