package id.naikkelas.notification;

import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Accounts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** "Pengaturan pemberitahuan": a person picks the channels per kind of message and their quiet hours. */
@Controller
@RequestMapping("/akun/notifikasi")
class PreferencesController {

    private final Preferences preferences;
    private final Templates templates;
    private final Access access;
    private final Accounts accounts;

    PreferencesController(Preferences preferences, Templates templates, Access access, Accounts accounts) {
        this.preferences = preferences;
        this.templates = templates;
        this.access = access;
        this.accounts = accounts;
    }

    /** The form posts the ticked boxes ("kind/CHANNEL" on); what is not ticked is turned off. */
    static class PreferenceForm {
        private Set<String> on = new LinkedHashSet<>();
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime quietFrom;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime quietUntil;
        private int version;

        public Set<String> getOn() { return on; }
        public void setOn(Set<String> on) { this.on = on; }
        public LocalTime getQuietFrom() { return quietFrom; }
        public void setQuietFrom(LocalTime quietFrom) { this.quietFrom = quietFrom; }
        public LocalTime getQuietUntil() { return quietUntil; }
        public void setQuietUntil(LocalTime quietUntil) { this.quietUntil = quietUntil; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    @GetMapping
    String page(Model model) {
        var choice = preferences.of(access.require().username());
        var form = new PreferenceForm();
        form.setQuietFrom(choice.quietFrom());
        form.setQuietUntil(choice.quietUntil());
        form.setVersion(choice.version());
        for (var t : templates.all()) {
            for (var channel : List.of(ChannelKind.EMAIL, ChannelKind.WHATSAPP)) {
                if (choice.wants(t.kind(), channel)) {
                    form.getOn().add(t.kind() + "/" + channel);
                }
            }
        }
        return page(model, form);
    }

    @PostMapping
    String save(@ModelAttribute("form") PreferenceForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form);
        }
        var kinds = templates.all().stream().map(Template::kind).collect(Collectors.toSet());
        Set<String> off = new HashSet<>();
        for (String kind : kinds) {
            for (var channel : List.of(ChannelKind.EMAIL, ChannelKind.WHATSAPP)) {
                if (!form.getOn().contains(kind + "/" + channel)) {
                    off.add(kind + "/" + channel);
                }
            }
        }
        try {
            preferences.save(access.require().username(), off, form.getQuietFrom(), form.getQuietUntil(), form.getVersion(), kinds);
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return page(model, form);
        }
        redirect.addFlashAttribute("notice", "notification.preferences.saved");
        return "redirect:/akun/notifikasi";
    }

    private String page(Model model, PreferenceForm form) {
        var locale = LocaleContextHolder.getLocale();
        var contact = accounts.contact(access.require().username());
        model.addAttribute("form", form);
        model.addAttribute("kinds", templates.all().stream().map(t -> new KindRow(t.kind(), t.title(locale))).toList());
        model.addAttribute("email", contact.map(Accounts.Contact::email).orElse(null));
        model.addAttribute("phone", contact.map(Accounts.Contact::phone).orElse(null));
        return "notification/preferences";
    }

    record KindRow(String kind, String title) {
    }
}
