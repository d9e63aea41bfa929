package id.naikkelas.training;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * When a participant may see and take a test, read from the sessions the event already has:
 * <ul>
 * <li>pre-test: from registration until the first session ends. It measures what people knew before
 * the training, so trainers hand it out before or at the start of the first session;</li>
 * <li>post-test: from the start of the last session until {@link #POST_TEST_GRACE} after it ends.
 * Trainers give it at the close; the week lets an online participant with a poor connection finish.</li>
 * </ul>
 * Only a confirmed seat of an event that was not called off counts, and each test is taken once (a
 * pre-test no longer after the post-test). Organisers see the questions and the key at any time.
 */
record TestWindow(State state, OffsetDateTime opensAt) {

    static final Duration POST_TEST_GRACE = Duration.ofDays(7);

    public enum State { OPEN, NOT_YET, CLOSED, TAKEN, NOT_A_PARTICIPANT }

    static TestWindow of(Quizzes.Kind kind, EventView event, RegistrationView registration, OffsetDateTime now) {
        if (registration.status() != Registrations.Status.CONFIRMED || !"OPEN".equals(event.status()) || event.sessions().isEmpty()) {
            return new TestWindow(State.NOT_A_PARTICIPANT, null);
        }
        var first = event.sessions().stream().min(Comparator.comparing(EventView.SessionView::startsAt)).orElseThrow();
        var last = event.sessions().stream().max(Comparator.comparing(EventView.SessionView::startsAt)).orElseThrow();
        if (kind == Quizzes.Kind.PRE) {
            if (registration.preScore() != null || registration.postScore() != null) {
                return new TestWindow(State.TAKEN, null);
            }
            return new TestWindow(now.isAfter(first.endsAt()) ? State.CLOSED : State.OPEN, null);
        }
        if (registration.postScore() != null) {
            return new TestWindow(State.TAKEN, null);
        }
        if (now.isBefore(last.startsAt())) {
            return new TestWindow(State.NOT_YET, last.startsAt());
        }
        return new TestWindow(now.isAfter(last.endsAt().plus(POST_TEST_GRACE)) ? State.CLOSED : State.OPEN, null);
    }

    public boolean open() {
        return state == State.OPEN;
    }

    /** Why the test cannot be taken now, as a message key. */
    public String reason() {
        return switch (state) {
            case OPEN -> null;
            case NOT_YET -> "training.test.notYet";
            case CLOSED -> "training.test.closed";
            case TAKEN -> "training.test.already";
            case NOT_A_PARTICIPANT -> "training.test.notConfirmed";
        };
    }
}
