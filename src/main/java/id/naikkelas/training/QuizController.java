package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Map;

/** Pre- and post-tests: the participant takes one, organisers write the questions or enter paper scores. */
@Controller
class QuizController {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Quizzes quizzes;

    QuizController(TrainingEvents events, Registrations registrations, Quizzes quizzes) {
        this.events = events;
        this.registrations = registrations;
        this.quizzes = quizzes;
    }

    /** The participant's test: questions and options only (the key never leaves the server), while it is open. */
    @GetMapping("/pelatihan/pendaftaran/{rid}/tes/{kind}")
    String test(@PathVariable long rid, @PathVariable Quizzes.Kind kind, Model model) {
        var registration = registrations.get(rid);
        model.addAttribute("registration", registration);
        model.addAttribute("kind", kind);
        try {
            model.addAttribute("questions", quizzes.paper(rid, kind));
        } catch (InvalidInput e) {
            model.addAttribute("questions", null);
            model.addAttribute("problems", e.violations());
        }
        return "training/test";
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/tes/{kind}")
    String takeTest(@PathVariable long rid, @PathVariable Quizzes.Kind kind, @RequestParam Map<String, String> params,
                    RedirectAttributes redirect) {
        var answers = new ArrayList<Integer>();
        try {
            int count = quizzes.paper(rid, kind).questions().size();
            for (int i = 0; i < count; i++) {
                String value = params.get("q" + i);
                answers.add(value == null || !value.matches("\\d{1,2}") ? null : Integer.valueOf(value));
            }
            int score = quizzes.take(rid, kind, answers);
            redirect.addFlashAttribute("score", score);
            redirect.addFlashAttribute("notice", "training.test.recorded");
            return "redirect:/pelatihan/pendaftaran/" + rid;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pelatihan/pendaftaran/" + rid + "/tes/" + kind;
        }
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/nilai")
    String paperScore(@PathVariable long rid, @RequestParam Quizzes.Kind kind, @RequestParam(required = false) Integer score,
                      RedirectAttributes redirect) {
        var registration = registrations.get(rid);
        try {
            quizzes.recordPaper(rid, kind, score);
            redirect.addFlashAttribute("notice", "training.test.recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + registration.eventId() + "#peserta";
    }

    /**
     * Organisers edit the questions of a test; the PKP bank is offered when none are set. The text marks
     * the right answers, so anyone else is sent to their own test (a participant) or refused.
     */
    @GetMapping("/pelatihan/{id}/tes/{kind}")
    String questions(@PathVariable long id, @PathVariable Quizzes.Kind kind, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            var mine = registrations.mine().stream()
                    .filter(r -> r.eventId() == id && r.status() == Registrations.Status.CONFIRMED).findFirst();
            if (mine.isPresent()) {
                return "redirect:/pelatihan/pendaftaran/" + mine.get().id() + "/tes/" + kind;
            }
            throw new org.springframework.security.access.AccessDeniedException("the answer key is for the event's organisers");
        }
        model.addAttribute("event", event);
        model.addAttribute("kind", kind);
        var current = quizzes.questions(id, kind);
        model.addAttribute("saved", current.isPresent());
        model.addAttribute("text", current.or(() -> quizzes.defaultQuestions(event.type())).map(QuestionSet::toText).orElse(""));
        return "training/questions";
    }

    @PostMapping("/pelatihan/{id}/tes/{kind}")
    String saveQuestions(@PathVariable long id, @PathVariable Quizzes.Kind kind, @RequestParam String text, Model model,
                         RedirectAttributes redirect) {
        try {
            quizzes.setQuestions(id, kind, QuestionSet.parse(text));
        } catch (InvalidInput e) {
            model.addAttribute("event", events.get(id));
            model.addAttribute("kind", kind);
            model.addAttribute("saved", false);
            model.addAttribute("text", text);
            model.addAttribute("problems", e.violations());
            return "training/questions";
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/pelatihan/" + id;
    }
}
