package id.naikkelas.registry;

import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionPicker;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignupController {

    private final Signup signup;
    private final RegionPicker regionPicker;
    private final ReferenceOptions options;

    SignupController(Signup signup, RegionPicker regionPicker, ReferenceOptions options) {
        this.signup = signup;
        this.regionPicker = regionPicker;
        this.options = options;
    }

    /** The form; what the public permit self-check already knows (sector, kind, figures) comes in the address. */
    @GetMapping("/daftar")
    String form(Authentication authentication, @ModelAttribute("form") SignupForm prefill, BindingResult binding, Model model) {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/usaha/baru";
        }
        var form = binding.hasErrors() ? new SignupForm() : prefill;
        form.setPassword(null);
        return page(model, form);
    }

    @PostMapping("/daftar")
    String register(@ModelAttribute("form") SignupForm form, BindingResult binding, Model model, HttpServletRequest request,
                    RedirectAttributes redirect) throws ServletException {
        if (binding.hasErrors()) {
            return page(model, form);
        }
        long id;
        try {
            id = signup.register(form);
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            form.setPassword(null);
            return page(model, form);
        }
        // sign the new owner in right away (the session id changes, as on any login)
        request.login(form.getUsername().trim().toLowerCase(java.util.Locale.ROOT), form.getPassword());
        redirect.addFlashAttribute("notice", "registry.signup.done");
        return "redirect:/usaha/" + id;
    }

    private String page(Model model, SignupForm form) {
        model.addAttribute("form", form);
        model.addAttribute("regionPicker", regionPicker.state("regionCode", form.getRegionCode()));
        options.addTo(model);
        return "registry/signup";
    }
}
