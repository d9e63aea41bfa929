package id.naikkelas.imports;

/** Where an import job is: waiting for its column mapping, waiting for a worker, running, or done one way or another. */
enum ImportStatus {
    MAPPING, QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

    public boolean finished() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }

    /** A cancelled or failed job continues from its last committed line. */
    public boolean resumable() {
        return this == CANCELLED || this == FAILED;
    }
}
