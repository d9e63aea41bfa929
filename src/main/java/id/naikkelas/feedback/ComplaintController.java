package id.naikkelas.feedback;

import id.naikkelas.common.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public complaint form and tracking page, and the officers' list and answer. */
@Controller
class ComplaintController {

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/pengaduan")
    String form(Model model) {
        return form(model, new Complaints.Form(null, null, null, null, null, null), List.of());
    }

    /**
     * {@code website} is a honeypot: hidden from people, filled in by bots. A bot is told "received" with a code
     * that leads nowhere, and nothing is stored.
     */
    @PostMapping("/pengaduan")
    String file(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) ComplaintCategory category,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
                @RequestParam(required = false) String name, @RequestParam(required = false) String contact,
                @RequestParam(required = false) String website, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        var form = new Complaints.Form(agencyId, category, subject, body, name, contact);
        if (id.naikkelas.common.PublicForms.isBot(website)) {
            redirect.addFlashAttribute("filed", new Complaints.Filed(TrackingCodes.next(), null));
            return "redirect:/pengaduan/terkirim";
        }
        try {
            redirect.addFlashAttribute("filed", complaints.file(form, request.getRemoteAddr()));
            return "redirect:/pengaduan/terkirim";
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, form, e.violations());
        }
    }

    /** Shows the tracking code once: the flash attribute is gone on reload. */
    @GetMapping("/pengaduan/terkirim")
    String filed(Model model) {
        if (!model.containsAttribute("filed")) {
            return "redirect:/pengaduan/lacak";
        }
        return "feedback/complaint-filed";
    }

    @GetMapping("/pengaduan/lacak")
    String trackForm() {
        return "feedback/complaint-track";
    }

    /** The code travels in the body, not the address, so it stays out of logs and browser history. */
    @PostMapping("/pengaduan/lacak")
    String track(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        var found = complaints.track(code);
        model.addAttribute("searched", true);
        model.addAttribute("complaint", found.orElse(null));
        if (found.isEmpty()) {
            response.setStatus(404);
        }
        return "feedback/complaint-track";
    }

    @GetMapping("/pengaduan/masuk")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) ComplaintStatus status, Model model) {
        model.addAttribute("complaints", complaints.list(overdue, status, 200));
        model.addAttribute("overdue", overdue);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("overdueCount", complaints.countOverdue());
        return "feedback/complaints";
    }

    @GetMapping("/pengaduan/masuk/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("c", complaints.get(id));
        model.addAttribute("officers", complaints.officers(id));
        return "feedback/complaint";
    }

    @PostMapping("/pengaduan/masuk/{id}/tugaskan")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long officerId, RedirectAttributes redirect) {
        try {
            complaints.assign(id, version, officerId);
            redirect.addFlashAttribute("notice", "feedback.complaint.assigned");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pengaduan/masuk/" + id;
    }

    @PostMapping("/pengaduan/masuk/{id}/jawab")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String answer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        try {
            complaints.answer(id, version, answer);
            redirect.addFlashAttribute("notice", "feedback.complaint.answered");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            redirect.addFlashAttribute("draftAnswer", answer);
        }
        return "redirect:/pengaduan/masuk/" + id;
    }

    private String form(Model model, Complaints.Form form, List<InvalidInput.Violation> problems) {
        model.addAttribute("form", form);
        model.addAttribute("units", complaints.units());
        model.addAttribute("categories", Arrays.asList(ComplaintCategory.values()));
        model.addAttribute("problems", problems);
        Map<String, InvalidInput.Violation> errors = problems.stream().filter(p -> p.field() != null)
                .collect(Collectors.toMap(InvalidInput.Violation::field, p -> p, (a, b) -> a));
        model.addAttribute("errors", errors);
        return "feedback/complaint-form";
    }
}
