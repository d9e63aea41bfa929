package id.naikkelas.invitations;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.FormRows;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The manager's invitations page, and the page an invitee's link opens. */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/undangan")
    String page(Model model) {
        return page(model, new InvitationForm());
    }

    @PostMapping(value = "/undangan", params = "add")
    String addRow(@RequestParam String add, @ModelAttribute("form") InvitationForm form, BindingResult binding, Model model) {
        form.addRow(add);
        return page(model, form);
    }

    @PostMapping(value = "/undangan", params = "remove")
    String removeRow(@RequestParam String remove, @ModelAttribute("form") InvitationForm form, BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return page(model, form);
    }

    @PostMapping("/undangan")
    String invite(@ModelAttribute("form") InvitationForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form);
        }
        try {
            var issued = invitations.invite(form.toRequest(), base());
            redirect.addFlashAttribute("issued", new Shown(form.getFullName(), form.getPhone(), issued.link(), form.getUsername()));
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return page(model, form);
        }
        redirect.addFlashAttribute("notice", form.isWithPassword() ? "invitation.created.temporary" : "invitation.created");
        return "redirect:/undangan";
    }

    /** What the page shows once after an invitation is made or resent: the link to pass on (e.g. by WhatsApp). */
    record Shown(String fullName, String phone, String link, String username) implements java.io.Serializable {

        /** A WhatsApp chat with the number and the link typed in, for the manager to send by hand. */
        public String whatsApp() {
            if (link == null || phone == null || phone.isBlank()) {
                return null;
            }
            var check = id.naikkelas.registry.PhoneNumbers.check(phone);
            return check.valid() ? "https://wa.me/" + check.e164().substring(1) + "?text="
                    + java.net.URLEncoder.encode(link, java.nio.charset.StandardCharsets.UTF_8) : null;
        }
    }

    @PostMapping("/undangan/{id}/kirim-ulang")
    String resend(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            var issued = invitations.resend(id, version, base());
            var shown = invitations.list().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            redirect.addFlashAttribute("issued", new Shown(shown.fullName(), shown.phone(), issued.link(), shown.username()));
            redirect.addFlashAttribute("notice", "invitation.resent");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", java.util.List.of(new InvalidInput.Violation("", "error.conflict", java.util.List.of())));
        }
        return "redirect:/undangan";
    }

    @PostMapping("/undangan/{id}/cabut")
    String revoke(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            invitations.revoke(id, version);
            redirect.addFlashAttribute("notice", "invitation.revoked");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", java.util.List.of(new InvalidInput.Violation("", "error.conflict", java.util.List.of())));
        }
        return "redirect:/undangan";
    }

    @GetMapping("/undangan/terima/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("invitation", invitations.open(token));
        } catch (LinkClosed e) {
            return closed(e, model, response);
        }
        model.addAttribute("token", token);
        return "invitations/accept";
    }

    @PostMapping("/undangan/terima/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String confirmPassword,
                  Model model, HttpServletResponse response) {
        try {
            String made = invitations.accept(token, new Invitations.Acceptance(username, password, confirmPassword));
            return "redirect:/login?undangan&username=" + java.net.URLEncoder.encode(made, java.nio.charset.StandardCharsets.UTF_8);
        } catch (LinkClosed e) {
            return closed(e, model, response);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.violations());
        }
        String page = open(token, model, response);
        if (page.equals("invitations/accept")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page;
    }

    /** A used, revoked, replaced or unknown link, or an expired one: say so, and who can help. */
    private static String closed(LinkClosed e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("expired", e.expired());
        return "invitations/closed";
    }

    private String page(Model model, InvitationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("agencies", invitations.agencies());
        model.addAttribute("roles", Grants.all(invitations.requireInviter()));
        model.addAttribute("invitations", invitations.list());
        return "invitations/page";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
