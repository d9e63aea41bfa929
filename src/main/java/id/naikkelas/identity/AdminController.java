package id.naikkelas.identity;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.FormRows;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator screens for agencies and users. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    private final Agencies agencies;
    private final Accounts accounts;

    AdminController(Agencies agencies, Accounts accounts) {
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @GetMapping
    String home() {
        return "admin/home";
    }

    @GetMapping("/agencies")
    String agencies(Model model) {
        model.addAttribute("agencies", agencies.list());
        return "admin/agencies";
    }

    @GetMapping("/agencies/new")
    String newAgency(Model model) {
        return agencyForm(model, new AgencyForm());
    }

    @GetMapping("/agencies/{id}")
    String editAgency(@PathVariable long id, Model model) {
        var agency = agencies.find(id).orElseThrow(() -> new NotFound("agency", id));
        return agencyForm(model, AgencyForm.of(agency));
    }

    @PostMapping(value = "/agencies", params = "add")
    String addAgencyRow(@RequestParam String add, @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model) {
        form.addRow(add);
        return agencyForm(model, form);
    }

    @PostMapping(value = "/agencies", params = "remove")
    String removeAgencyRow(@RequestParam String remove, @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return agencyForm(model, form);
    }

    @PostMapping("/agencies")
    String saveAgency(@ModelAttribute("form") AgencyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var data = form.toData();
        try {
            if (form.getId() == null) {
                agencies.create(data);
            } else {
                agencies.update(form.getId(), form.getVersion(), data);
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return agencyForm(model, form);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return agencyForm(model, form);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/agencies";
    }

    private String agencyForm(Model model, AgencyForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", AgencyKind.values());
        return "admin/agency-form";
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("users", accounts.list(q, 200));
        model.addAttribute("q", q);
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        return userForm(model, new UserForm());
    }

    @GetMapping("/users/{id}")
    String editUser(@PathVariable long id, Model model) {
        var user = accounts.find(id).orElseThrow(() -> new NotFound("user", id));
        model.addAttribute("locked", user.locked());
        return userForm(model, UserForm.of(user));
    }

    @PostMapping(value = "/users", params = "add")
    String addUserRow(@RequestParam String add, @ModelAttribute("form") UserForm form, BindingResult binding, Model model) {
        form.addRow(add);
        return userForm(model, form);
    }

    @PostMapping(value = "/users", params = "remove")
    String removeUserRow(@RequestParam String remove, @ModelAttribute("form") UserForm form, BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return userForm(model, form);
    }

    @PostMapping("/users")
    String saveUser(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (form.getId() == null) {
                accounts.create(form.toNewUser());
            } else {
                accounts.update(form.getId(), form.toChange());
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return userForm(model, form);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return userForm(model, form);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "password.reset.done");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/admin/users/" + id;
    }

    private String userForm(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("agencies", agencies.list());
        return "admin/user-form";
    }
}
