package id.naikkelas.notification;

import id.naikkelas.identity.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Log pengiriman": an officer looks up what reached a person of their region, and what did not and why. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
class DeliveryLogController {

    private final DeliveryLog log;
    private final Access access;

    DeliveryLogController(DeliveryLog log, Access access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping("/pesan-terkirim")
    String page(@RequestParam(required = false) String username, Model model) {
        model.addAttribute("username", username);
        if (username != null && !username.isBlank()) {
            model.addAttribute("entries", log.of(access.require(), username.trim()));
        }
        return "notification/log";
    }
}
