package id.naikkelas.identity;

import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class LoginController {

    private final Accounts accounts;

    LoginController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** {@code wait}: seconds left after too many failures, read as a number so a crafted link cannot put words on the page. */
    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(name = "wait", required = false) String wait, Model model) {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        if (wait != null && wait.matches("\\d{1,6}")) {
            model.addAttribute("waitSeconds", Integer.parseInt(wait));
        }
        return "identity/login";
    }

    @GetMapping("/akun/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "identity/password";
    }

    @PostMapping("/akun/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult binding, Authentication authentication,
                          HttpSession session, RedirectAttributes redirect) {
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "password.mismatch");
            return "identity/password";
        }
        try {
            accounts.changePassword(authentication.getName(), form.getCurrentPassword(), form.getNewPassword());
            accounts.endSessions(authentication.getName(), session.getId());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }

    static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
