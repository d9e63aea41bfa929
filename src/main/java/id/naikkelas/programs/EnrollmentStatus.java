package id.naikkelas.programs;

enum EnrollmentStatus {
    APPLIED, ENROLLED, DECLINED, GRADUATED, CERTIFIED, WITHDRAWN;

    public boolean isActive() {
        return this == ENROLLED;
    }

    public boolean isOutcome() {
        return this == GRADUATED || this == CERTIFIED || this == WITHDRAWN;
    }
}
