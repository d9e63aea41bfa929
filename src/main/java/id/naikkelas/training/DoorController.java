package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;

/** The door scanner: check-in by QR code (camera or frame read on the server) or short code; online attendance lists. */
@Controller
class DoorController {

    /** A camera frame sent for reading on the server (phones without a QR reader in the browser). */
    static final long MAX_FRAME_BYTES = 1_000_000;

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Attendance attendance;
    private final AttendanceRules rules;

    DoorController(TrainingEvents events, Registrations registrations, Attendance attendance, AttendanceRules rules) {
        this.rules = rules;
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
    }

    /** The door: the organiser's phone scans QR codes, or the short code is typed. */
    @GetMapping("/pelatihan/{id}/absen/{sessionId}")
    String scanner(@PathVariable long id, @PathVariable long sessionId, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            throw new org.springframework.security.access.AccessDeniedException("attendance is taken by the organisers");
        }
        model.addAttribute("event", event);
        model.addAttribute("checkInMargin", rules.margin().toMinutes());
        model.addAttribute("eventSession", event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new id.naikkelas.common.NotFound("training_session", sessionId)));
        model.addAttribute("registrations", registrations.ofEvent(id).stream()
                .filter(r -> r.status() == Registrations.Status.CONFIRMED).toList());
        return "training/scan";
    }

    /** One check-in; answers the result panel (htmx) or the whole page without JavaScript. */
    @PostMapping("/pelatihan/{id}/absen/{sessionId}")
    String checkIn(@PathVariable long id, @PathVariable long sessionId, @RequestParam(required = false) String token,
                   @RequestParam(required = false) String code, @RequestParam(required = false) MultipartFile frame,
                   jakarta.servlet.http.HttpServletRequest request, Model model) throws IOException {
        try {
            Attendance.CheckIn done;
            if (frame != null && !frame.isEmpty()) {
                if (frame.getSize() > MAX_FRAME_BYTES) {
                    throw InvalidInput.of("frame", "training.checkin.frameTooLarge");
                }
                var read = QrCodes.read(frame.getBytes());
                if (read.isEmpty()) {
                    model.addAttribute("noCode", true);
                    return "training/scan :: result";
                }
                // a mark of the code read (not the code itself), so the page can tell the same ticket from the next one
                model.addAttribute("readMark", Codes.mark(read.get()));
                done = attendance.checkIn(id, sessionId, read.get(), Attendance.Method.QR);
            } else if (token != null && !token.isBlank()) {
                done = attendance.checkIn(id, sessionId, token, Attendance.Method.QR);
            } else {
                done = attendance.checkIn(id, sessionId, code, Attendance.Method.CODE);
            }
            model.addAttribute("checkIn", done);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.violations());
        }
        if (request.getHeader("HX-Request") != null) {
            return "training/scan :: result";
        }
        scanner(id, sessionId, model);
        return "training/scan";
    }

    @PostMapping("/pelatihan/{id}/daring/{sessionId}")
    String online(@PathVariable long id, @PathVariable long sessionId,
                  @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        try {
            attendance.setOnline(id, sessionId, present == null ? java.util.Set.of() : new HashSet<>(present));
            redirect.addFlashAttribute("notice", "training.online.saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + id + "#peserta";
    }

    /** Attendance recorded after the fact by an organiser, with the reason. */
    @PostMapping("/pelatihan/{id}/hadir-susulan")
    String recordLater(@PathVariable long id, @RequestParam long registration, @RequestParam long session,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            var done = attendance.recordLater(id, session, registration, reason);
            redirect.addFlashAttribute("recorded", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + id + "#peserta";
    }
}
