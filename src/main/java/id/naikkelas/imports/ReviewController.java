package id.naikkelas.imports;

import id.naikkelas.common.Choices;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The review queue pages: the list, one row side by side with its business, merge, register as new, undo. */
@Controller
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    static final int PAGE = 50;

    @GetMapping("/impor/tinjau")
    String queue(@RequestParam(defaultValue = "PENDING") Reviews.Status status, @RequestParam(name = "impor", required = false) Long jobId,
                 @RequestParam(defaultValue = "0") long after, Model model) {
        var items = reviews.queue(status, jobId, after, PAGE + 1);
        model.addAttribute("items", items.size() > PAGE ? items.subList(0, PAGE) : items);
        model.addAttribute("next", items.size() > PAGE ? items.get(PAGE - 1).id() : null);
        model.addAttribute("total", reviews.count(status, jobId));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Reviews.Status.values());
        model.addAttribute("jobId", jobId);
        return "imports/reviews";
    }

    @GetMapping("/impor/tinjau/{id}")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("review", reviews.get(id, LocaleContextHolder.getLocale()));
        return "imports/review";
    }

    @PostMapping("/impor/tinjau/{id}/gabung")
    String merge(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return decide(id, redirect, "imports.review.merged", () -> {
            reviews.merge(id, version, picks(form));
            return "redirect:/impor/tinjau/" + id;
        });
    }

    /** The side picked for each field (the page's radio buttons); any other value is refused on its field. */
    private static Map<MergeField, Reviews.Side> picks(Map<String, String> form) {
        var picks = new EnumMap<MergeField, Reviews.Side>(MergeField.class);
        for (var field : MergeField.values()) {
            String side = form.get("pick." + field.name());
            if (side == null) {
                continue;
            }
            try {
                picks.put(field, Reviews.Side.valueOf(side));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("pick." + field.name(), "input.choice", InvalidInput.label(field.name()),
                        Choices.of(Reviews.Side.class));
            }
        }
        return picks;
    }

    @PostMapping("/impor/tinjau/{id}/baru")
    String create(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return decide(id, redirect, "imports.review.created", () -> "redirect:/usaha/" + reviews.create(id, version));
    }

    @PostMapping("/impor/tinjau/{id}/urungkan")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, redirect, "imports.review.undone", () -> {
            reviews.undo(id);
            return "redirect:/impor/tinjau/" + id;
        });
    }

    /** Runs a decision; a refusal (already decided, changed since) comes back to the review page with its reason. */
    private String decide(long id, RedirectAttributes redirect, String notice, Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("notice", notice);
            return target;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation(null, "error.conflict", List.of())));
        }
        return "redirect:/impor/tinjau/" + id;
    }
}
