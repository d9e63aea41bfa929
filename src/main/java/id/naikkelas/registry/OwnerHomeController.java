package id.naikkelas.registry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Usaha saya": the owner's home, listing their businesses and products. */
@Controller
class OwnerHomeController {

    private final Businesses businesses;

    OwnerHomeController(Businesses businesses) {
        this.businesses = businesses;
    }

    @GetMapping("/usaha-saya")
    @PreAuthorize("hasRole('OWNER')")
    String home(Model model) {
        model.addAttribute("page", businesses.search(SearchCriteria.all(), null, 100));
        return "registry/owner-home";
    }
}
