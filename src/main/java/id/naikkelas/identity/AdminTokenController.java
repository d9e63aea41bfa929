package id.naikkelas.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators see every account's API tokens and revoke any (a leaked one, a departed officer's). */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasRole('ADMIN')")
class AdminTokenController {

    private final ApiTokens tokens;

    AdminTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("tokens", tokens.all(q, 200));
        model.addAttribute("q", q);
        return "admin/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String q, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "token.revoked.done");
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/tokens").queryParamIfPresent("q",
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().toUriString();
    }
}
