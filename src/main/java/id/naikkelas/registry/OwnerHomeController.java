package id.naikkelas.registry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Usaha saya": the owner's home, listing their businesses and products. */
@Controller
class OwnerHomeController {

    private final Businesses businesses;
    private final PermitRegister permits;
    private final id.naikkelas.common.Today today;

    OwnerHomeController(Businesses businesses, PermitRegister permits, id.naikkelas.common.Today today) {
        this.businesses = businesses;
        this.permits = permits;
        this.today = today;
    }

    @GetMapping("/usaha-saya")
    @PreAuthorize("hasRole('OWNER')")
    String home(Model model) {
        model.addAttribute("page", businesses.search(SearchCriteria.all(), null, 100));
        var date = today.date();
        model.addAttribute("permits", permits.held(100));
        model.addAttribute("expiringCount", permits.countExpiring(PermitRegister.RENEWAL_WINDOW_DAYS, date));
        model.addAttribute("today", date);
        model.addAttribute("renewBefore", date.plusDays(PermitRegister.RENEWAL_WINDOW_DAYS));
        return "registry/owner-home";
    }
}
