package id.naikkelas.certification;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.PermitRegister;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public permit check and the officers' renewal list. */
@Controller
class PermitPagesController {

    static final int RENEWAL_WINDOW_DAYS = 90;
    static final int URGENT_DAYS = 30;

    private final PermitRegister register;

    PermitPagesController(PermitRegister register) {
        this.register = register;
    }

    /** Anyone (a buyer, a shopper reading a label) checks a permit number; no personal data is shown. */
    @GetMapping("/verifikasi")
    String verify(@RequestParam(required = false) String nomor, Model model) {
        model.addAttribute("nomor", nomor);
        if (nomor != null && !nomor.isBlank()) {
            try {
                model.addAttribute("results", register.verify(nomor, Cases.today()));
            } catch (InvalidInput e) {
                model.addAttribute("problems", e.violations());
            }
        }
        return "certification/verify";
    }

    @GetMapping("/izin/perpanjangan")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER', 'FACILITATOR', 'OWNER')")
    String renewals(Model model) {
        var today = Cases.today();
        model.addAttribute("permits", register.expiring(RENEWAL_WINDOW_DAYS, today));
        model.addAttribute("today", today);
        model.addAttribute("urgentBefore", today.plusDays(URGENT_DAYS));
        return "certification/renewals";
    }
}
