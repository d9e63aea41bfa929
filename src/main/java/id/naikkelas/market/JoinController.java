package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ikut bazar dan pameran" in the owner's etalase: the upcoming events open to their businesses, a request per business
 * with a note of what it brings, and the curators' answers. A refused request shows the page again with the reason
 * beside that event's form (422), the note kept.
 */
@Controller
@PreAuthorize("hasRole('OWNER')")
class JoinController {

    private final JoinRequests joins;

    JoinController(JoinRequests joins) {
        this.joins = joins;
    }

    @GetMapping("/etalase/acara")
    String page(Model model) {
        model.addAttribute("events", joins.openToMe());
        model.addAttribute("requests", joins.mine());
        return "market/join";
    }

    @PostMapping("/etalase/acara/{eventId}/minta")
    String ask(@PathVariable long eventId, @RequestParam(required = false) Long businessId, @RequestParam(required = false) String note,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            joins.ask(new JoinForm(eventId, businessId, note));
            redirect.addFlashAttribute("notice", "market.join.asked");
            return "redirect:/etalase/acara";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", new Refused(eventId, businessId, note, e.violations()));
            return page(model);
        }
    }

    /** The request the page shows again with its reasons, beside the form of that event and business. */
    record Refused(long eventId, Long businessId, String note, java.util.List<InvalidInput.Violation> problems) {

        public boolean of(long event, long business) {
            return eventId == event && (businessId == null || businessId == business);
        }
    }
}
