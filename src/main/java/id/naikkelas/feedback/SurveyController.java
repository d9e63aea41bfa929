package id.naikkelas.feedback;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The owner's survey (invitations on the home page, the nine questions) and the IKM results page for staff. */
@Controller
class SurveyController {

    private final Surveys surveys;
    private final SurveyResults results;
    private final Access access;
    private final Today today;

    SurveyController(Surveys surveys, SurveyResults results, Access access, Today today) {
        this.surveys = surveys;
        this.results = results;
        this.access = access;
        this.today = today;
    }

    /** The owner home's pending surveys (loaded into the page by htmx); nothing for other roles. */
    @GetMapping("/survei/undangan")
    String invitations(Model model) {
        model.addAttribute("invitations", access.require().has(Role.OWNER) ? surveys.pending() : List.of());
        return "feedback/survey-invitations :: invitations";
    }

    @GetMapping("/survei/{id}")
    @PreAuthorize("hasRole('OWNER')")
    String form(@PathVariable long id, Model model) {
        return form(model, surveys.get(id), null, List.of());
    }

    @PostMapping("/survei/{id}")
    @PreAuthorize("hasRole('OWNER')")
    String answer(@PathVariable long id, @RequestParam(required = false) Integer u1, @RequestParam(required = false) Integer u2,
                  @RequestParam(required = false) Integer u3, @RequestParam(required = false) Integer u4,
                  @RequestParam(required = false) Integer u5, @RequestParam(required = false) Integer u6,
                  @RequestParam(required = false) Integer u7, @RequestParam(required = false) Integer u8,
                  @RequestParam(required = false) Integer u9, @RequestParam(required = false) String suggestion,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var answers = new Surveys.Answers(u1, u2, u3, u4, u5, u6, u7, u8, u9, suggestion);
        try {
            surveys.answer(id, answers);
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, surveys.get(id), answers, e.violations());
        }
        redirect.addFlashAttribute("notice", "feedback.survey.thanks");
        return "redirect:/usaha-saya";
    }

    @GetMapping("/ikm")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String results(@RequestParam(required = false) Integer year, Model model) {
        int thisYear = today.date().getYear();
        int shown = year == null ? thisYear : year;
        if (shown < 2000 || shown > thisYear) {
            throw InvalidInput.of("year", "feedback.ikm.yearRange", "2000", String.valueOf(thisYear));
        }
        model.addAttribute("year", shown);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2000, thisYear - 4), thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("units", results.byUnit(LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
        model.addAttribute("grades", results.grades());
        model.addAttribute("elements", IkmElement.values());
        return "feedback/ikm";
    }

    private String form(Model model, Surveys.Invitation invitation, Surveys.Answers answers, List<InvalidInput.Violation> problems) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("answers", answers);
        model.addAttribute("elements", IkmElement.values());
        model.addAttribute("problems", problems);
        Map<String, InvalidInput.Violation> errors = problems.stream().filter(p -> p.field() != null)
                .collect(Collectors.toMap(InvalidInput.Violation::field, p -> p, (a, b) -> a));
        model.addAttribute("errors", errors);
        return "feedback/survey";
    }
}
