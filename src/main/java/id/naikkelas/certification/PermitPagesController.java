package id.naikkelas.certification;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.registry.PermitRegister;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The public permit check and the officers' renewal list. */
@Controller
class PermitPagesController {

    static final int RENEWAL_WINDOW_DAYS = id.naikkelas.registry.PermitRegister.RENEWAL_WINDOW_DAYS;
    static final int URGENT_DAYS = 30;

    private final PermitRegister register;
    private final Today today;

    PermitPagesController(PermitRegister register, Today today) {
        this.today = today;
        this.register = register;
    }

    /** Anyone (a buyer, a shopper reading a label) checks a permit number; no personal data is shown. */
    @GetMapping("/verifikasi")
    String verify(@RequestParam(required = false) String nomor, Model model) {
        model.addAttribute("nomor", nomor);
        if (nomor != null && !nomor.isBlank()) {
            try {
                model.addAttribute("results", register.verify(nomor, this.today.date()));
            } catch (InvalidInput e) {
                model.addAttribute("problems", e.violations());
            }
        }
        return "certification/verify";
    }

    /** Permits a page, soonest expiry first. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/izin/perpanjangan")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER', 'FACILITATOR', 'OWNER')")
    String renewals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterExpiry,
                    @RequestParam(required = false) Long afterId, Model model) {
        var today = this.today.date();
        var rows = register.expiring(RENEWAL_WINDOW_DAYS, today, afterExpiry, afterId, PAGE_SIZE + 1);
        var shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        model.addAttribute("permits", shown);
        model.addAttribute("next", rows.size() > PAGE_SIZE ? shown.get(shown.size() - 1).permit() : null);
        model.addAttribute("first", afterId == null);
        model.addAttribute("today", today);
        model.addAttribute("urgentBefore", today.plusDays(URGENT_DAYS));
        return "certification/renewals";
    }
}
