package id.naikkelas.programs;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Uploads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.LocalDate;

/** The hand-over form on the participant page, and the hand-over photos its journey shows. */
@Controller
class HandoverController {

    private final Handovers handovers;
    private final Enrollments enrollments;

    HandoverController(Handovers handovers, Enrollments enrollments) {
        this.handovers = handovers;
        this.enrollments = enrollments;
    }

    @PostMapping("/peserta/{id}/serah-terima")
    String record(@PathVariable long id, @RequestParam(required = false) String permit, @RequestParam(required = false) String award,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOn,
                  @RequestParam(required = false) String caption, @RequestParam(required = false) MultipartFile photo,
                  RedirectAttributes redirect) {
        long programId = enrollments.load(id).programId();
        try {
            byte[] content = photo == null || photo.isEmpty() ? null : Uploads.read(photo, Handovers.MAX_PHOTO_BYTES, "photo");
            handovers.record(programId, id, new Handovers.HandoverData(permit, award, handedOn, caption), content);
            redirect.addFlashAttribute("notice", "journey.handover.saved");
            return "redirect:/peserta/" + id + "#perjalanan";
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            redirect.addFlashAttribute("handover", new Handovers.HandoverData(permit, award, handedOn, caption));
            return "redirect:/peserta/" + id + "#serah-terima";
        }
    }

    @GetMapping("/serah-terima/{id}/foto")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(handovers.photo(id));
    }
}
