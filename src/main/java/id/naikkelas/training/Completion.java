package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a participant completed an event: enough sessions attended (all, unless the event sets a
 * minimum) and, where the event has a pass mark, a post-test at or above it. {@code missing} says
 * in the user's words what is lacking; empty when completed.
 */
record Completion(int attended, int needed, Integer postScore, Integer passMark, List<InvalidInput.Violation> missing) {

    public boolean completed() {
        return missing.isEmpty();
    }

    static Completion of(int sessions, Integer minSessions, int attended, Integer passMark, Integer postScore) {
        int needed = minSessions == null ? sessions : Math.min(minSessions, sessions);
        var missing = new ArrayList<InvalidInput.Violation>();
        if (attended < needed) {
            missing.add(new InvalidInput.Violation("attendance", "training.outcome.sessions", List.of(attended, needed)));
        }
        if (passMark != null) {
            if (postScore == null) {
                missing.add(new InvalidInput.Violation("postTest", "training.outcome.noPostTest", List.of()));
            } else if (postScore < passMark) {
                missing.add(new InvalidInput.Violation("postTest", "training.outcome.belowPassMark", List.of(postScore, passMark)));
            }
        }
        return new Completion(attended, needed, postScore, passMark, List.copyOf(missing));
    }

    /** The pass mark in force: the event's own, else the type's when the type requires a post-test. */
    static Integer passMark(Integer eventPassMark, TrainingRules.TypeRule rule) {
        if (eventPassMark != null) {
            return eventPassMark;
        }
        return rule.postTestRequired() ? rule.passMark() : null;
    }
}
