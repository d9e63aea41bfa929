package id.naikkelas.market;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
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

/** "Etalase": an owner chooses which products the catalogue shows, their trade terms, the story and the contact. */
@Controller
class ListingController {

    private final Listings listings;
    private final MarketEvents events;

    ListingController(Listings listings, MarketEvents events) {
        this.listings = listings;
        this.events = events;
    }

    @GetMapping("/etalase")
    @PreAuthorize("hasRole('OWNER')")
    String mine(Model model) {
        var mine = listings.mine();
        model.addAttribute("listings", mine);
        model.addAttribute("businesses", mine.stream().collect(java.util.stream.Collectors.toMap(ListingView::businessId,
                ListingView::businessName, (a, b) -> a, java.util.LinkedHashMap::new)));
        // the bazaars and expos an agency put the owner's businesses in
        model.addAttribute("events", events.forBusinesses(listings.mineBusinessIds()));
        return "market/mine";
    }

    @GetMapping("/etalase/produk/{id}")
    String edit(@PathVariable long id, Model model) {
        var view = listings.listing(id);
        model.addAttribute("view", view);
        model.addAttribute("form", view.listing());
        model.addAttribute("version", view.version());
        return "market/listing-form";
    }

    @PostMapping("/etalase/produk/{id}")
    String save(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") ListingForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        var view = listings.listing(id);
        if (!binding.hasErrors()) {
            try {
                listings.save(id, version, form);
                redirect.addFlashAttribute("notice", form.published() ? "market.listing.published" : "market.listing.saved");
                return "redirect:/etalase";
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        return "market/listing-form";
    }

    @GetMapping("/etalase/usaha/{id}")
    String profile(@PathVariable long id, Model model) {
        var view = listings.profile(id);
        model.addAttribute("view", view);
        model.addAttribute("form", view.profile());
        model.addAttribute("version", view.version());
        return "market/profile-form";
    }

    @PostMapping("/etalase/usaha/{id}")
    String saveProfile(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") BusinessProfileForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        var view = listings.profile(id);
        if (!binding.hasErrors()) {
            try {
                listings.saveProfile(id, version, form);
                redirect.addFlashAttribute("notice", "market.profile.saved");
                return "redirect:/etalase";
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        return "market/profile-form";
    }
}
