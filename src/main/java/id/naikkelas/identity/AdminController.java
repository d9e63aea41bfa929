package id.naikkelas.identity;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.reference.Regions;
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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Administrator screens for agencies and users. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    private final Agencies agencies;
    private final Accounts accounts;
    private final Regions regions;

    AdminController(Agencies agencies, Accounts accounts, Regions regions) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.regions = regions;
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
        var form = new AgencyForm();
        form.id = agency.id();
        form.version = agency.version();
        form.name = agency.name();
        form.kind = agency.kind();
        form.regionCodes = String.join(", ", agency.regionCodes());
        form.address = agency.address();
        form.phone = agency.phone();
        form.email = agency.email();
        form.active = agency.active();
        return agencyForm(model, form);
    }

    @PostMapping("/agencies")
    String saveAgency(@ModelAttribute("form") AgencyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var data = new Agencies.AgencyData(form.name, form.kind, splitCodes(form.regionCodes), form.address, form.phone,
                form.email, form.active);
        try {
            if (form.id == null) {
                agencies.create(data);
            } else {
                agencies.update(form.id, form.version, data);
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
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
        model.addAttribute("regionLabels", splitCodes(form.regionCodes).stream().map(regions::label).toList());
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
        var form = new UserForm();
        form.id = user.id();
        form.version = user.version();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email();
        form.phone = user.phone();
        form.agencyId = user.agencyId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.regionCodes = String.join(", ", user.regionCodes());
        form.enabled = user.enabled();
        model.addAttribute("locked", user.locked());
        return userForm(model, form);
    }

    @PostMapping("/users")
    String saveUser(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (form.id == null) {
                accounts.create(new Accounts.NewUser(form.username, form.fullName, form.email, form.phone, form.password,
                        form.agencyId, form.roles, splitCodes(form.regionCodes)));
            } else {
                accounts.update(form.id, new Accounts.UserChange(form.fullName, form.email, form.phone, form.agencyId,
                        form.roles, splitCodes(form.regionCodes), form.enabled, form.version));
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
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
        model.addAttribute("regionLabels", splitCodes(form.regionCodes).stream().map(regions::label).toList());
        return "admin/user-form";
    }

    static List<String> splitCodes(String codes) {
        return id.naikkelas.reference.Region.codesIn(codes);
    }

    /** Form backing objects. */
    public static class AgencyForm {
        private Long id;
        private int version;
        private String name;
        private AgencyKind kind;
        private String regionCodes;
        private String address;
        private String phone;
        private String email;
        private boolean active = true;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public AgencyKind getKind() {
            return kind;
        }

        public void setKind(AgencyKind kind) {
            this.kind = kind;
        }

        public String getRegionCodes() {
            return regionCodes;
        }

        public void setRegionCodes(String regionCodes) {
            this.regionCodes = regionCodes;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    public static class UserForm {
        private Long id;
        private int version;
        private String username;
        private String fullName;
        private String email;
        private String phone;
        private String password;
        private Long agencyId;
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private String regionCodes;
        private boolean enabled = true;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }

        public String getRegionCodes() {
            return regionCodes;
        }

        public void setRegionCodes(String regionCodes) {
            this.regionCodes = regionCodes;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
