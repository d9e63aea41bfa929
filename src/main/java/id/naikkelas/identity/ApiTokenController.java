package id.naikkelas.identity;

import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Token API": a person issues and revokes tokens for their own account. */
@Controller
@RequestMapping("/akun/token")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String page(Model model) {
        return page(model, new TokenForm());
    }

    /**
     * The new token is shown in this very answer, not after a redirect: a flash attribute would
     * pass the secret through the session store, which is a database table.
     */
    @PostMapping
    String issue(@ModelAttribute("form") TokenForm form, BindingResult binding, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(form.getName(), form.getDays()));
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return page(model, form);
        }
        return page(model, new TokenForm());
    }

    @PostMapping("/{id}/cabut")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "token.revoked.done");
        return "redirect:/akun/token";
    }

    private String page(Model model, TokenForm form) {
        model.addAttribute("form", form);
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("lifetimes", ApiTokens.LIFETIMES);
        return "identity/tokens";
    }

    static class TokenForm {
        private String name;
        private Integer days = 90;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }
    }
}
