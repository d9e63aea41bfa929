package id.naikkelas.training;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pre- and post-tests: the organiser sets the questions, a participant answers each test once on the
 * platform (through the business owner's account), or the organiser enters the score of a paper test.
 */
@Service
public class Quizzes {

    public enum Kind { PRE, POST }

    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final AuditTrail audit;
    private final Today today;
    private final JsonMapper json;

    Quizzes(JdbcClient jdbc, Access access, TrainingEvents events, Registrations registrations, AuditTrail audit, JsonMapper json, Today today) {
        this.today = today;
        this.json = json;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.audit = audit;
    }

    @Transactional
    public void setQuestions(long eventId, Kind kind, QuestionSet questions) {
        var event = events.get(eventId);
        if (!event.manageable()) {
            throw new AccessDeniedException("not this user's event");
        }
        questions.checked();
        if (questions.questions().isEmpty()) {
            throw InvalidInput.of("questions", "training.questions.none");
        }
        if (jdbc.sql("""
                        SELECT count(*) FROM training_test_result t JOIN training_registration r ON r.id = t.registration_id
                        WHERE r.event_id = ? AND t.kind = ? AND t.source = 'ONLINE'""")
                .params(eventId, kind.name()).query(Integer.class).single() > 0) {
            // answers were scored against these questions; changing them would change what the scores mean
            throw InvalidInput.of("questions", "training.questions.alreadyAnswered");
        }
        jdbc.sql("""
                        INSERT INTO training_question_set (event_id, kind, questions, updated_by) VALUES (?, ?, CAST(? AS jsonb), ?)
                        ON CONFLICT (event_id, kind) DO UPDATE SET questions = EXCLUDED.questions, updated_by = EXCLUDED.updated_by,
                            updated_at = now()""")
                .params(eventId, kind.name(), write(questions.questions()), access.require().username()).update();
        audit.action("training_event", eventId, "QUESTIONS_" + kind, event.regionCode(), Map.of(),
                Map.of("questions", questions.questions().size()));
    }

    /**
     * The questions with their answer key, for the event's organisers only: a valid PKP certificate stands
     * for a legal prerequisite, so its key must not reach participants (issue 14).
     */
    public Optional<QuestionSet> questions(long eventId, Kind kind) {
        if (!events.get(eventId).manageable()) {
            throw new AccessDeniedException("the answer key is for the event's organisers");
        }
        return stored(eventId, kind);
    }

    /** Whether the organisers have set this test (anyone who sees the event may know; the questions stay hidden). */
    public boolean has(long eventId, Kind kind) {
        events.get(eventId);
        return stored(eventId, kind).isPresent();
    }

    /** Whether the registration's participant may take this test now, and if not why. */
    TestWindow window(RegistrationView registration, Kind kind) {
        return TestWindow.of(kind, events.get(registration.eventId()), registration, today.now());
    }

    /** The test for the participant of this registration, without the key, while it is open for them. */
    public TestPaper paper(long registrationId, Kind kind) {
        var registration = registrations.get(registrationId);
        if (!registration.mine()) {
            throw new AccessDeniedException("a test is shown to its participant");
        }
        return paperOf(registration, kind);
    }

    /**
     * The test as the caller may see it: organisers the questions with their key; a registered participant
     * the questions alone while one of their tests is open; anyone else nothing (403).
     */
    public Object forCaller(long eventId, Kind kind) {
        var event = events.get(eventId);
        if (event.manageable()) {
            return stored(eventId, kind).orElseThrow(() -> new NotFound("training_question_set", eventId));
        }
        var mine = registrations.mine().stream()
                .filter(r -> r.eventId() == eventId && r.status() == Registrations.Status.CONFIRMED).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("tests are shown to the event's organisers and participants");
        }
        InvalidInput refusal = null;
        for (var registration : mine) {
            try {
                return paperOf(registration, kind);
            } catch (InvalidInput e) {
                refusal = e;
            }
        }
        throw refusal;
    }

    private TestPaper paperOf(RegistrationView registration, Kind kind) {
        var window = window(registration, kind);
        if (!window.open()) {
            throw InvalidInput.of("test", window.reason());
        }
        var set = stored(registration.eventId(), kind).orElseThrow(() -> InvalidInput.of("test", "training.test.noQuestions"));
        return TestPaper.of(kind, set);
    }

    private Optional<QuestionSet> stored(long eventId, Kind kind) {
        return jdbc.sql("SELECT questions::text FROM training_question_set WHERE event_id = ? AND kind = ?")
                .params(eventId, kind.name()).query(String.class).optional().map(this::read);
    }

    /** The bank shipped for the event's type (PKP), offered to organisers as a starting point. */
    public Optional<QuestionSet> defaultQuestions(EventType type) {
        return Optional.ofNullable(events.rules().of(type).questions()).map(QuestionSet::bundled);
    }

    /**
     * The participant's answers, scored; each test is taken once, while it is open ({@link TestWindow}).
     * The post-test needs a session attended.
     */
    @Transactional
    public int take(long registrationId, Kind kind, List<Integer> answers) {
        var registration = registrations.get(registrationId);
        if (!registration.mine()) {
            throw new AccessDeniedException("a test is taken by the participant");
        }
        if (registration.status() != Registrations.Status.CONFIRMED) {
            throw InvalidInput.of("registration", "training.test.notConfirmed");
        }
        if (kind == Kind.PRE && registration.postScore() != null) {
            throw InvalidInput.of("answers", "training.test.preAfterPost");
        }
        if (kind == Kind.POST && registration.attendedSessions().isEmpty()) {
            throw InvalidInput.of("answers", "training.test.notAttended");
        }
        var window = window(registration, kind);
        if (!window.open()) {
            throw InvalidInput.of("answers", window.reason());
        }
        // scored here against the stored key: the client sends option indexes only, never a score
        var questions = stored(registration.eventId(), kind).orElseThrow(() -> InvalidInput.of("answers", "training.test.noQuestions"));
        if (answers == null || answers.size() != questions.questions().size() || answers.stream().anyMatch(a -> a == null)) {
            throw InvalidInput.of("answers", "training.test.unanswered");
        }
        int score = questions.score(answers);
        record(registration, kind, score, write(answers), "ONLINE");
        return score;
    }

    /** The organiser enters the score of a test taken on paper. */
    @Transactional
    public void recordPaper(long registrationId, Kind kind, Integer score) {
        var registration = registrations.get(registrationId);
        if (!registration.manageable()) {
            throw new AccessDeniedException("paper scores are entered by the organisers");
        }
        if (score == null || score < 0 || score > 100) {
            throw InvalidInput.of("score", "training.test.scoreRange");
        }
        record(registration, kind, score, null, "PAPER");
    }

    private void record(RegistrationView registration, Kind kind, int score, String answers, String source) {
        int inserted = jdbc.sql("""
                        INSERT INTO training_test_result (registration_id, kind, score, answers, source, recorded_by)
                        VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT DO NOTHING""")
                .params(registration.id(), kind.name(), score, answers, source, access.require().username()).update();
        if (inserted == 0) {
            throw InvalidInput.of("answers", "training.test.already");
        }
        audit.action("training_registration", registration.id(), "TEST_" + kind, registration.regionCode(), Map.of(),
                Map.of("score", score, "source", source));
    }

    /** Average pre and post score and average improvement of those who took both. */
    public record Summary(Double averagePre, Double averagePost, Double averageImprovement, int passed, int tookPost) {
    }

    /** For the event's staff, as its page shows it: participants and partners see the event, not how others scored. */
    public Summary summary(long eventId) {
        var event = events.get(eventId);
        if (!event.manageable() && !access.require().isStaff()) {
            throw new AccessDeniedException("the results are shown to agency staff");
        }
        return jdbc.sql("""
                        SELECT avg(pre.score)::float8 AS pre, avg(post.score)::float8 AS post, avg(post.score - pre.score)::float8 AS gain,
                               count(*) FILTER (WHERE post.score >= :mark) AS passed, count(post.score) AS took
                        FROM training_registration r
                        LEFT JOIN training_test_result pre ON pre.registration_id = r.id AND pre.kind = 'PRE'
                        LEFT JOIN training_test_result post ON post.registration_id = r.id AND post.kind = 'POST'
                        WHERE r.event_id = :event AND r.status = 'CONFIRMED'""")
                .param("mark", event.passMark() == null ? 0 : event.passMark()).param("event", eventId)
                .query((rs, i) -> new Summary(rs.getObject("pre", Double.class), rs.getObject("post", Double.class),
                        rs.getObject("gain", Double.class), rs.getInt("passed"), rs.getInt("took")))
                .single();
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private QuestionSet read(String text) {
        return new QuestionSet(List.of(json.readValue(text, QuestionSet.Question[].class)));
    }
}
