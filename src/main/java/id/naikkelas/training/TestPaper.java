package id.naikkelas.training;

import java.util.List;

/**
 * A test as a participant gets it: the questions and their options, never which option is right.
 * Answers are scored on the server against the stored {@link QuestionSet}.
 */
record TestPaper(Quizzes.Kind kind, List<Item> questions) {

    public record Item(String question, List<String> options) {
    }

    static TestPaper of(Quizzes.Kind kind, QuestionSet set) {
        return new TestPaper(kind, set.questions().stream().map(q -> new Item(q.question(), q.options())).toList());
    }
}
