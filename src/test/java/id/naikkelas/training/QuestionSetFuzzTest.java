package id.naikkelas.training;

import id.naikkelas.Fuzz;
import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A bounded fuzz pass over the test text an organiser types (QuestionSet.parse) and the set an API client sends
 * (checked): seeded mutations of the bundled PKP bank's text and of hand-written sets, random text, odd blocks and
 * marks. Each ends in a set or in the domain's refusal (InvalidInput); a set read back from its own text is the same
 * set (for text without control characters); anything else thrown is a failure, printed with the seed and the input.
 */
class QuestionSetFuzzTest {

    static final int CASES = Integer.getInteger("fuzz.questions", 3000);

    @Test
    void anyTestTextEndsInQuestionsOrARefusal() {
        String bank = QuestionSet.bundled("training/questions/pkp.yml").toText();
        List<String> seeds = List.of(bank, "Apa itu PKP?\n* Penyuluhan keamanan pangan\n- Pajak\n", "x\n*\n-\n\n\n* y\n- z",
                "Soal\n* a\n* b\n- c\n\nSoal dua\n- a\n- b\n");
        var failures = new ArrayList<String>();
        for (int i = 0; i < CASES; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "question-text", i);
            String text = switch (fuzz.nextInt(5)) {
                case 0 -> fuzz.randomText(fuzz.nextInt(400));
                case 1 -> blocks(fuzz);
                default -> fuzz.mutate(fuzz.pick(seeds));
            };
            try {
                var set = QuestionSet.parse(text);
                if (text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    // (control characters never reach it: typed text with a NUL is refused at the boundary)
                    assertThat(QuestionSet.parse(set.toText())).as("read back from its own text").isEqualTo(set);
                }
                set.checked();
            } catch (InvalidInput refused) {
                // the organiser is told which question and why
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                failures.add("case " + i + " (" + e + "): " + escape(text));
            }
        }
        report(failures);
    }

    @Test
    void anySetSentAsDataEndsCheckedOrRefused() {
        var failures = new ArrayList<String>();
        for (int i = 0; i < CASES; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "question-data", i);
            var questions = new ArrayList<QuestionSet.Question>();
            for (int q = 0, n = fuzz.nextInt(fuzz.chance(0.05) ? 80 : 6); q < n; q++) {
                var options = new ArrayList<String>();
                for (int o = 0, m = fuzz.nextInt(6); o < m; o++) {
                    options.add(fuzz.chance(0.1) ? null : fuzz.chance(0.3) ? fuzz.string() : "pilihan " + o);
                }
                questions.add(new QuestionSet.Question(fuzz.chance(0.1) ? null : fuzz.chance(0.3) ? fuzz.string() : "Soal " + q,
                        fuzz.chance(0.05) ? null : options, fuzz.pick(List.of(0, 1, -1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE))));
            }
            try {
                var set = new QuestionSet(questions).checked();
                var answers = new ArrayList<Integer>();
                set.questions().forEach(q -> answers.add(fuzz.chance(0.2) ? null : fuzz.pick(List.of(0, 1, -1, 99))));
                set.score(answers);
            } catch (InvalidInput refused) {
                // refused on "questions", with the number of the question
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("case " + i + " (" + e + "): " + escape(questions.toString()));
            }
        }
        report(failures);
    }

    /** Question blocks with every kind of line: marks, bare text, blank lines of odd whitespace, very many. */
    static String blocks(Fuzz fuzz) {
        var text = new StringBuilder();
        for (int b = 0, n = fuzz.nextInt(fuzz.chance(0.05) ? 70 : 5); b < n; b++) {
            text.append(fuzz.pick(List.of("Soal", "", " ", "*", "-", "\t", fuzz.string()))).append('\n');
            for (int l = 0, m = fuzz.nextInt(6); l < m; l++) {
                text.append(fuzz.pick(List.of("* ", "- ", "*", "-", "", " *", "**", "--", "\u2022 "))).append(fuzz.chance(0.5) ? fuzz.string() : "opsi")
                        .append(fuzz.pick(List.of("\n", "\r\n", "\r", "\u2028", "\n \n")));
            }
            text.append(fuzz.pick(List.of("\n", "\n\n", "\n \t\n", "\r\n\r\n")));
        }
        return text.toString();
    }

    static void report(List<String> failures) {
        System.out.printf("question set fuzz: seed %d, %d cases, %d failed%n", Fuzz.SEED, CASES, failures.size());
        if (!failures.isEmpty()) {
            fail("anything but the domain's refusal thrown (seed %d, replay with -Dfuzz.seed=%d):%n%s".formatted(Fuzz.SEED, Fuzz.SEED,
                    String.join("\n", failures.subList(0, Math.min(10, failures.size())))));
        }
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> out.append(c < 0x20 || Character.getType(c) == Character.SURROGATE
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
