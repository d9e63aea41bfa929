package id.naikkelas.market;

import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.PublicForms;
import id.naikkelas.reference.RegionPicker;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** The public form on which a buyer organisation registers itself, linked from the catalogue and the sign-in page. */
@Controller
class BuyerRegistrationController {

    private final BuyerRegistration registration;
    private final RegionPicker regionPicker;

    BuyerRegistrationController(BuyerRegistration registration, RegionPicker regionPicker) {
        this.registration = registration;
        this.regionPicker = regionPicker;
    }

    @GetMapping("/pembeli/daftar")
    String form(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        return page(model, BuyerRegistrationForm.empty());
    }

    /**
     * Registers and signs the buyer in (the session id changes, as on any sign-in). The honeypot field
     * ({@link PublicForms#HONEYPOT}) filled in: a bot, sent to the sign-in page with nothing stored.
     */
    @PostMapping("/pembeli/daftar")
    String register(@ModelAttribute("form") BuyerRegistrationForm form, BindingResult binding,
                    @RequestParam(name = PublicForms.HONEYPOT, required = false) String honeypot, Authentication authentication,
                    Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws ServletException {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/";   // one account per session: a signed-in person does not register another
        }
        if (PublicForms.isBot(honeypot)) {
            return "redirect:/login";
        }
        // a value that could not be read (the type) is null here and refused with the rest, so every field says what is wrong
        try {
            registration.register(form, request.getRemoteAddr());
            request.login(form.username().strip().toLowerCase(Locale.ROOT), form.password());
            redirect.addFlashAttribute("notice", "market.registration.done");
            return "redirect:/pembeli";
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
        }
        response.setStatus(422);
        return page(model, form);   // the same object: its binding result holds the field errors (the page never shows the password)
    }

    private String page(Model model, BuyerRegistrationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", BuyerType.values());
        model.addAttribute("regionPicker", regionPicker.state("regionCode", form.regionCode()));
        return "market/buyer-register";
    }
}
