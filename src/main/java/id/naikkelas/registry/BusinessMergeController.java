package id.naikkelas.registry;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Gabungkan dengan usaha lain": find the other record, compare side by side, pick per field, merge; undo from the profile. */
@Controller
class BusinessMergeController {

    private final Businesses businesses;
    private final BusinessMerges merges;

    BusinessMergeController(Businesses businesses, BusinessMerges merges) {
        this.businesses = businesses;
        this.merges = merges;
    }

    @GetMapping("/usaha/{id}/gabung")
    String page(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) Long with, Model model) {
        merges.checkCanMerge(id);
        var survivor = businesses.get(id);
        model.addAttribute("business", survivor);
        model.addAttribute("q", q);
        if (with != null) {
            model.addAttribute("comparison", merges.compare(id, with));
            return "registry/merge";
        }
        String query = q == null || q.isBlank() ? survivor.name() : q;
        var found = businesses.search(new SearchCriteria(query, null, null, null, null, null, null, null, null), null, 25)
                .items().stream().filter(row -> row.id() != id).toList();
        model.addAttribute("q", query);
        model.addAttribute("candidates", found);
        return "registry/merge";
    }

    @PostMapping("/usaha/{id}/gabung")
    String merge(@PathVariable long id, @RequestParam long with, @RequestParam int version, @RequestParam int absorbedVersion,
                 @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        var keep = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (name.startsWith("keep.")) {
                keep.put(name.substring("keep.".length()), value);
            }
        });
        try {
            merges.merge(id, version, with, absorbedVersion, keep);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/usaha/" + id + "/gabung?with=" + with;
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("version", "error.conflict", List.of())));
            return "redirect:/usaha/" + id + "/gabung?with=" + with;
        }
        redirect.addFlashAttribute("notice", "registry.merge.saved");
        return "redirect:/usaha/" + id;
    }

    @PostMapping("/penggabungan/{id}/batal")
    String undo(@PathVariable long id, RedirectAttributes redirect) {
        var merge = merges.get(id);
        try {
            merges.undo(id);
            redirect.addFlashAttribute("notice", "registry.merge.undone");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/usaha/" + merge.survivorId();
    }
}
