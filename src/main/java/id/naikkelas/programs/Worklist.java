package id.naikkelas.programs;

/** Which part of a facilitator's worklist to show; the home page counts each part and links to it. */
public enum Worklist {
    ALL("TRUE"),
    VISIT_TODAY("EXISTS (SELECT 1 FROM visit v WHERE v.enrollment_id = e.id AND v.status = 'PLANNED' AND v.planned_on = :today)"),
    FOLLOW_UP_OVERDUE("EXISTS (SELECT 1 FROM follow_up f WHERE f.enrollment_id = e.id AND f.done_at IS NULL AND f.due_on < :today)");

    /** Condition over enrolment alias {@code e}, with {@code :today}. */
    final String condition;

    Worklist(String condition) {
        this.condition = condition;
    }
}
