package id.naikkelas.programs;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.FormRows;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Uploads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;

/** A partner's MoU in a program: its page, scope form and document. */
@Controller
class MouController {

    private final PartnerMous mous;

    MouController(PartnerMous mous) {
        this.mous = mous;
    }

    @GetMapping("/program/{id}/mitra/{agency}")
    String page(@PathVariable long id, @PathVariable long agency, Model model) {
        var mou = mous.get(id, agency);
        return page(model, mou, MouForm.of(mou));
    }

    @PostMapping(value = "/program/{id}/mitra/{agency}", params = "add")
    String addRow(@PathVariable long id, @PathVariable long agency, @RequestParam String add, @ModelAttribute("form") MouForm form,
                  BindingResult binding, Model model) {
        form.addRow(add);
        return page(model, mous.get(id, agency), form);
    }

    @PostMapping(value = "/program/{id}/mitra/{agency}", params = "remove")
    String removeRow(@PathVariable long id, @PathVariable long agency, @RequestParam String remove, @ModelAttribute("form") MouForm form,
                     BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return page(model, mous.get(id, agency), form);
    }

    @PostMapping("/program/{id}/mitra/{agency}")
    String save(@PathVariable long id, @PathVariable long agency, @ModelAttribute("form") MouForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                return page(model, mous.get(id, agency), form);
            }
            mous.saveScope(id, agency, form.getVersion(), form.toScope());
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return page(model, mous.get(id, agency), form);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return page(model, mous.get(id, agency), form);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/program/" + id + "/mitra/" + agency;
    }

    @PostMapping("/program/{id}/mitra/{agency}/dokumen")
    String upload(@PathVariable long id, @PathVariable long agency, @RequestParam("document") MultipartFile document,
                  RedirectAttributes redirect) {
        try {
            mous.attachDocument(id, agency, Uploads.fileName(document), Uploads.read(document, PartnerMous.MAX_DOCUMENT, "document"));
            redirect.addFlashAttribute("notice", "partner.mou.uploaded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/program/" + id + "/mitra/" + agency;
    }

    @GetMapping("/program/{id}/mitra/{agency}/dokumen")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long agency) {
        var document = mous.document(id, agency);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    private String page(Model model, PartnerMous.MouView mou, MouForm form) {
        model.addAttribute("mou", mou);
        model.addAttribute("form", form);
        model.addAttribute("activities", MouTerms.Activity.values());
        return "programs/mou";
    }
}
