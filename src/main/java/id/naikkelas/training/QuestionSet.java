package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multiple-choice questions of a pre- or post-test. Organisers write them as plain text, one block
 * per question: the question on its first line, then one option per line, the right one marked
 * with "*" and the others with "-"; a blank line between questions.
 */
public record QuestionSet(List<Question> questions) {

    static final int MAX_QUESTIONS = 50;

    public record Question(String question, List<String> options, int answer) {
    }

    public QuestionSet {
        questions = List.copyOf(questions);
    }

    /** Percentage of right answers, rounded; an unanswered question counts as wrong. */
    int score(List<Integer> answers) {
        if (questions.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < questions.size(); i++) {
            if (i < answers.size() && answers.get(i) != null && answers.get(i) == questions.get(i).answer()) {
                right++;
            }
        }
        return Math.round(100f * right / questions.size());
    }

    String toText() {
        var text = new StringBuilder();
        for (var q : questions) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(q.question()).append('\n');
            for (int i = 0; i < q.options().size(); i++) {
                text.append(i == q.answer() ? "* " : "- ").append(q.options().get(i)).append('\n');
            }
        }
        return text.toString();
    }

    static QuestionSet parse(String text) {
        var problems = new InvalidInput.Collector();
        var questions = new ArrayList<Question>();
        var blocks = text == null ? new String[0] : text.replace("\r", "").trim().split("\n\\s*\n");
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            int number = questions.size() + 1;
            var lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String question = lines.get(0);
            var options = new ArrayList<String>();
            int answer = -1;
            boolean marked = true;
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("*")) {
                    if (answer >= 0) {
                        problems.add("questions", "training.questions.twoAnswers", number);
                    }
                    answer = options.size();
                    options.add(line.substring(1).strip());
                } else if (line.startsWith("-")) {
                    options.add(line.substring(1).strip());
                } else {
                    marked = false;
                }
            }
            if (!marked) {
                problems.add("questions", "training.questions.unmarked", number);
            } else if (options.size() < 2) {
                problems.add("questions", "training.questions.fewOptions", number);
            } else if (answer < 0) {
                problems.add("questions", "training.questions.noAnswer", number);
            }
            questions.add(new Question(question, List.copyOf(options), Math.max(answer, 0)));
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add("questions", "training.questions.tooMany", MAX_QUESTIONS);
        }
        problems.throwIfAny();
        return new QuestionSet(questions);
    }

    /** Checks a set given as data (API): every question with two or more options and a valid answer. */
    QuestionSet checked() {
        var problems = new InvalidInput.Collector();
        if (questions.size() > MAX_QUESTIONS) {
            problems.add("questions", "training.questions.tooMany", MAX_QUESTIONS);
        }
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            if (q.question() == null || q.question().isBlank() || q.options() == null || q.options().size() < 2
                    || q.options().stream().anyMatch(o -> o == null || o.isBlank())) {
                problems.add("questions", "training.questions.fewOptions", i + 1);
            } else if (q.answer() < 0 || q.answer() >= q.options().size()) {
                problems.add("questions", "training.questions.noAnswer", i + 1);
            }
        }
        problems.throwIfAny();
        return this;
    }

    @SuppressWarnings("unchecked")
    static QuestionSet bundled(String resource) {
        try (InputStream in = QuestionSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new QuestionSet(items.stream().map(item -> new Question((String) item.get("question"),
                    List.copyOf((List<String>) item.get("options")), (Integer) item.get("answer"))).toList()).checked();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
