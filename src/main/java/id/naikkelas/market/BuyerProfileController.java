package id.naikkelas.market;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionPicker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A buyer describes their organisation; officers of its region verify it. */
@Controller
class BuyerProfileController {

    private final Buyers buyers;
    private final RegionPicker regionPicker;

    BuyerProfileController(Buyers buyers, RegionPicker regionPicker) {
        this.buyers = buyers;
        this.regionPicker = regionPicker;
    }

    @GetMapping("/pembeli/profil")
    @PreAuthorize("hasRole('BUYER')")
    String profile(Model model) {
        var mine = buyers.mine();
        var form = mine == null ? new BuyerForm(null, null, null, null, null)
                : new BuyerForm(mine.organisation(), BuyerType.valueOf(mine.type()), mine.regionCode(), mine.address(), mine.nib());
        model.addAttribute("mine", mine);
        return show(model, form, mine == null ? 0 : mine.version());
    }

    @PostMapping("/pembeli/profil")
    @PreAuthorize("hasRole('BUYER')")
    String save(@RequestParam int version, @ModelAttribute("form") BuyerForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                buyers.saveMine(version, form);
                redirect.addFlashAttribute("notice", "market.buyer.saved");
                return "redirect:/pembeli";
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        return show(model, form, version);
    }

    private String show(Model model, BuyerForm form, int version) {
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("types", BuyerType.values());
        model.addAttribute("regionPicker", regionPicker.state("regionCode", form.regionCode()));
        return "market/buyer-form";
    }

    @GetMapping("/petugas/pembeli")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String list(Model model) {
        model.addAttribute("buyers", buyers.ofMyRegions());
        return "market/buyers";
    }

    @PostMapping("/petugas/pembeli/{id}/verifikasi")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String verify(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            buyers.verify(id, version);
            redirect.addFlashAttribute("notice", "market.buyer.verifiedNotice");
        } catch (EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return "redirect:/petugas/pembeli";
    }

    /** Refuses a waiting buyer with a reason; a missing reason or a stale version keeps the list with the reason typed. */
    @PostMapping("/petugas/pembeli/{id}/tolak")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            buyers.reject(id, version, reason);
            redirect.addFlashAttribute("notice", "market.buyers.rejectedNotice");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return "redirect:/petugas/pembeli";
    }
}
