package id.naikkelas.notification;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Access;
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

/** "Templat pesan": an administrator edits the texts of each kind of message, sees a preview, then saves. */
@Controller
@RequestMapping("/admin/templat-pesan")
@PreAuthorize("hasRole('ADMIN')")
class TemplateAdminController {

    private final Templates templates;
    private final Access access;

    TemplateAdminController(Templates templates, Access access) {
        this.templates = templates;
        this.access = access;
    }

    static class TemplateForm {
        private String bodyId;
        private String bodyEn;
        private int version;

        public String getBodyId() { return bodyId; }
        public void setBodyId(String bodyId) { this.bodyId = bodyId; }
        public String getBodyEn() { return bodyEn; }
        public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "notification/templates";
    }

    @GetMapping("/{kind}")
    String edit(@PathVariable String kind, Model model) {
        var t = templates.get(kind);
        var form = new TemplateForm();
        form.setBodyId(t.bodyId());
        form.setBodyEn(t.bodyEn());
        form.setVersion(t.version());
        return page(model, t, form);
    }

    /** "Pratinjau" shows the texts as sent, without saving; "Simpan" saves them. */
    @PostMapping("/{kind}")
    String save(@PathVariable String kind, @ModelAttribute("form") TemplateForm form, BindingResult binding,
                @RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
        var t = templates.get(kind);
        var change = new Templates.Change(form.getBodyId(), form.getBodyEn());
        try {
            if (preview != null) {
                model.addAttribute("preview", templates.preview(kind, change));
                return page(model, t, form);
            }
            templates.update(kind, change, form.getVersion(), access.require().username());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return page(model, t, form);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return page(model, t, form);
        }
        redirect.addFlashAttribute("notice", "notification.templates.saved");
        return "redirect:/admin/templat-pesan";
    }

    private String page(Model model, Template template, TemplateForm form) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("maxLength", Template.MAX_LENGTH);
        return "notification/template";
    }
}
