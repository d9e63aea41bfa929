package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.reference.RegionPicker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registry pages: search, register, profile, edit, verify. */
@Controller
class BusinessController {

    static final int PAGE_SIZE = 25;

    private final Businesses businesses;
    private final RegionPicker regionPicker;
    private final ReferenceOptions options;
    private final AuditTrail audit;
    private final org.springframework.beans.factory.ObjectProvider<PossibleDuplicates> duplicates;
    private final Today today;
    private final BusinessMerges merges;

    BusinessController(Businesses businesses, RegionPicker regionPicker, ReferenceOptions options, AuditTrail audit,
                       org.springframework.beans.factory.ObjectProvider<PossibleDuplicates> duplicates, BusinessMerges merges, Today today) {
        this.today = today;
        this.merges = merges;
        this.duplicates = duplicates;
        this.businesses = businesses;
        this.regionPicker = regionPicker;
        this.options = options;
        this.audit = audit;
    }

    /** Links and bookmarks use GET; a NIK is personal data and is only accepted by the POST search below. */
    @GetMapping("/usaha")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String nib,
                  @RequestParam(required = false) String region, @RequestParam(required = false) Sector sector,
                  @RequestParam(required = false) BusinessScale scale, @RequestParam(required = false) BusinessStatus status,
                  @RequestParam(required = false) PermitType held, @RequestParam(required = false) PermitType missing,
                  @RequestParam(required = false) String after, Model model) {
        return results(new SearchCriteria(q, null, nib, region, sector, scale, status, held, missing), after, model);
    }

    /** The search form posts, so a NIK typed into it never appears in a URL, browser history or access log. */
    @PostMapping("/usaha/cari")
    String searchPosted(@RequestParam(required = false) String q, @RequestParam(required = false) String nik,
                        @RequestParam(required = false) String nib, @RequestParam(required = false) String region,
                        @RequestParam(required = false) Sector sector, @RequestParam(required = false) BusinessScale scale,
                        @RequestParam(required = false) BusinessStatus status, @RequestParam(required = false) PermitType held,
                        @RequestParam(required = false) PermitType missing, @RequestParam(required = false) String after,
                        Model model) {
        return results(new SearchCriteria(q, nik, nib, region, sector, scale, status, held, missing), after, model);
    }

    private String results(SearchCriteria criteria, String after, Model model) {
        String region = criteria.region();
        model.addAttribute("page", businesses.search(criteria, after, PAGE_SIZE));
        model.addAttribute("criteria", criteria);
        model.addAttribute("regionPicker", regionPicker.state("region", region));
        options.addTo(model);
        return "registry/search";
    }

    @GetMapping("/usaha/baru")
    String newBusiness(Model model) {
        businesses.checkCanRegister();
        return form(model, new BusinessForm(), null);
    }

    @PostMapping("/usaha")
    String create(@ModelAttribute("form") BusinessForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            var data = form.toData();
            // a valid entry like a registered business: the officer sees the candidates first and confirms it is another
            var finder = duplicates.getIfAvailable();
            if (!form.isNotADuplicate() && finder != null && businesses.check(java.util.List.of(data)).get(0).isEmpty()) {
                var alike = finder.of(data);
                if (!alike.isEmpty()) {
                    model.addAttribute("duplicates", alike);
                    return form(model, form, null);
                }
            }
            long id = businesses.register(data, null);
            redirect.addFlashAttribute("notice", "registry.business.created");
            return "redirect:/usaha/" + id;
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/usaha/{id}")
    String profile(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var detail = businesses.get(id);
        // a record merged into another leads to the survivor, saying so
        var absorbing = merges.absorbing(id);
        if (absorbing.isPresent()) {
            redirect.addFlashAttribute("mergedRedirect", java.util.List.of(detail.name(), absorbing.get().mergedBy()));
            return "redirect:/usaha/" + absorbing.get().survivorId();
        }
        model.addAttribute("business", detail);
        boolean canMerge = merges.canMerge(id);
        model.addAttribute("canMerge", canMerge);
        model.addAttribute("merges", canMerge ? merges.into(id) : java.util.List.of());
        model.addAttribute("history", audit.historyOf("business", id));
        model.addAttribute("today", today.date());
        return "registry/profile";
    }

    @GetMapping("/usaha/{id}/ubah")
    String edit(@PathVariable long id, Model model) {
        var detail = businesses.get(id);
        if (!detail.permissions().edit()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return form(model, BusinessForm.of(businesses.dataOf(id), detail.version()), id);
    }

    @PostMapping("/usaha/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") BusinessForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        try {
            businesses.update(id, form.getVersion(), form.toData());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return form(model, form, id);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            model.addAttribute("conflict", true);
            return form(model, form, id);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/usaha/" + id;
    }

    @PostMapping("/usaha/{id}/verifikasi")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        businesses.verify(id);
        redirect.addFlashAttribute("notice", "registry.business.verified");
        return "redirect:/usaha/" + id;
    }

    @PostMapping("/usaha/{id}/nonaktif")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        businesses.deactivate(id);
        redirect.addFlashAttribute("notice", "registry.business.deactivated");
        return "redirect:/usaha/" + id;
    }

    private String form(Model model, BusinessForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("businessId", id);
        model.addAttribute("regionPicker", regionPicker.state("regionCode", form.getRegionCode()));
        options.addTo(model);
        return "registry/form";
    }
}
