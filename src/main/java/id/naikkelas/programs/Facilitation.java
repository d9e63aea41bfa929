package id.naikkelas.programs;

/** One UMKM one facilitator (UMKM Berdikari), or a caseload of at most N businesses per facilitator. */
public enum Facilitation {
    ONE_TO_ONE, CASELOAD
}
