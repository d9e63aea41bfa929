package id.naikkelas.imports;

/** The agency uploaded this very file before (same SHA-256): the earlier import is shown instead of a second one. */
class AlreadyImported extends RuntimeException {

    private final long jobId;

    AlreadyImported(long jobId) {
        super("file already imported as job " + jobId);
        this.jobId = jobId;
    }

    long jobId() {
        return jobId;
    }
}
