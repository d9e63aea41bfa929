package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Registration: owners (or officers, for many at once) take a seat or a waiting place; the ticket page with its QR code. */
@Controller
class TicketController {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Quizzes quizzes;

    TicketController(TrainingEvents events, Registrations registrations, Quizzes quizzes) {
        this.events = events;
        this.registrations = registrations;
        this.quizzes = quizzes;
    }

    @PostMapping("/pelatihan/{id}/daftar")
    String register(@PathVariable long id, @RequestParam(required = false) Long business,
                    @RequestParam(required = false) String participantName, RedirectAttributes redirect) {
        if (business == null) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("business", "training.registration.chooseBusiness", List.of())));
            return "redirect:/pelatihan/" + id;
        }
        try {
            var result = registrations.register(id, business, participantName);
            redirect.addFlashAttribute("notice", result.status() == Registrations.Status.CONFIRMED
                    ? "training.registered.confirmed" : "training.registered.waitlisted");
            return "redirect:/pelatihan/pendaftaran/" + result.registrationId();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pelatihan/" + id;
        }
    }

    @PostMapping("/pelatihan/{id}/peserta")
    String registerAll(@PathVariable long id, @RequestParam(name = "business", required = false) List<Long> businessIds,
                       RedirectAttributes redirect) {
        if (businessIds == null || businessIds.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("business", "training.registration.chooseBusiness", List.of())));
            return "redirect:/pelatihan/" + id;
        }
        var results = registrations.registerAll(id, businessIds);
        redirect.addFlashAttribute("registeredCount", results.stream().filter(r -> r.registrationId() != null).count());
        redirect.addFlashAttribute("problems", results.stream().flatMap(r -> r.reasons().stream()).toList());
        return "redirect:/pelatihan/" + id;
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/batal")
    String cancel(@PathVariable long rid, RedirectAttributes redirect) {
        var registration = registrations.get(rid);
        try {
            registrations.cancel(rid);
            redirect.addFlashAttribute("notice", "training.cancelled");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return registration.manageable() ? "redirect:/pelatihan/" + registration.eventId() : "redirect:/pelatihan/pendaftaran/" + rid;
    }

    /** The participant's page: status, personal QR code and short code, tests, certificate. */
    @GetMapping("/pelatihan/pendaftaran/{rid}")
    String registration(@PathVariable long rid, Model model) {
        var registration = registrations.get(rid);
        model.addAttribute("registration", registration);
        model.addAttribute("event", events.get(registration.eventId()));
        model.addAttribute("hasPre", quizzes.has(registration.eventId(), Quizzes.Kind.PRE));
        model.addAttribute("hasPost", quizzes.has(registration.eventId(), Quizzes.Kind.POST));
        model.addAttribute("preWindow", quizzes.window(registration, Quizzes.Kind.PRE));
        model.addAttribute("postWindow", quizzes.window(registration, Quizzes.Kind.POST));
        return "training/registration";
    }

    @GetMapping(value = "/pelatihan/pendaftaran/{rid}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long rid) {
        var registration = registrations.get(rid);
        if (registration.token() == null) {
            throw new id.naikkelas.common.NotFound("training_registration", rid);
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(QrCodes.png(registration.token(), 360));
    }
}
