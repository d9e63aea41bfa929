package id.naikkelas.certification;

import java.util.List;

/** A step cannot be marked done yet; each failure says, in both languages, what is missing. Nothing was saved. */
class StepBlocked extends RuntimeException {

    private final transient PathwayStep step;
    private final transient List<GuardFailure> failures;

    public StepBlocked(PathwayStep step, List<GuardFailure> failures) {
        super("step " + step.code() + " blocked by " + failures.stream().map(GuardFailure::messageKey).toList());
        this.step = step;
        this.failures = List.copyOf(failures);
    }

    public PathwayStep step() {
        return step;
    }

    public List<GuardFailure> failures() {
        return failures;
    }
}
