package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.common.Uploads;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.IsoDates;
import id.naikkelas.registry.PermitType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One business in a program: stage, facilitator, visits and follow-ups. */
@Controller
class EnrollmentController {

    private final Enrollments enrollments;
    private final Facilitators facilitators;
    private final Visits visits;
    private final Today today;
    private final Programs programs;
    private final ParticipantJourney journey;
    private final Handovers handovers;

    EnrollmentController(Enrollments enrollments, Facilitators facilitators, Visits visits, Programs programs, Today today,
                         ParticipantJourney journey, Handovers handovers) {
        this.today = today;
        this.journey = journey;
        this.handovers = handovers;
        this.enrollments = enrollments;
        this.facilitators = facilitators;
        this.visits = visits;
        this.programs = programs;
    }

    @GetMapping("/pendamping/profil")
    String profile(Model model) {
        model.addAttribute("profile", facilitators.myProfile());
        return "programs/facilitator-profile";
    }

    @PostMapping("/pendamping/profil")
    String saveProfile(@RequestParam(required = false) String organisation, @RequestParam(required = false) String credentials,
                       @RequestParam(required = false) String regionCodes, @RequestParam(defaultValue = "10") int capacity,
                       RedirectAttributes redirect) {
        var codes = id.naikkelas.reference.Region.codesIn(regionCodes);
        try {
            facilitators.saveMyProfile(new Facilitators.Profile(organisation, credentials, codes, capacity));
            redirect.addFlashAttribute("notice", "saved");
            return "redirect:/pendamping";
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pendamping/profil";
        }
    }

    @GetMapping("/peserta/{id}")
    String show(@PathVariable long id, Model model, java.util.Locale locale) {
        var view = enrollments.one(id);
        var program = programs.get(view.programId());
        model.addAttribute("e", view);
        model.addAttribute("program", program);
        model.addAttribute("visits", visits.ofEnrollment(id));
        model.addAttribute("history", facilitators.history(id));
        if (program.manageable() && view.status().isActive()) {
            model.addAttribute("suggestions", facilitators.suggestions(id));
        }
        model.addAttribute("outcomes", List.of(EnrollmentStatus.GRADUATED, EnrollmentStatus.CERTIFIED, EnrollmentStatus.WITHDRAWN));
        model.addAttribute("journey", journey.of(view.businessId(), locale));
        if (handovers.mayRecord(id)) {
            model.addAttribute("permitTypes", PermitType.values());
            model.addAttribute("today", today.date());
        }
        return "programs/enrollment";
    }

    /**
     * A facilitator who cannot take the business (cap reached, disabled, outside the region or the program) answers with
     * a page saying why and who can, best first, each a button away (issue 18 part 6).
     */
    @PostMapping("/peserta/{id}/pendamping")
    String assign(@PathVariable long id, @RequestParam long facilitator, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            return act(id, redirect, () -> facilitators.assign(id, facilitator, reason), "programs.assigned");
        } catch (FacilitatorUnavailable unavailable) {
            var view = enrollments.one(id);
            model.addAttribute("e", view);
            model.addAttribute("program", programs.get(view.programId()));
            model.addAttribute("refusal", unavailable);
            model.addAttribute("reason", reason);
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "programs/facilitator-unavailable";
        }
    }

    @PostMapping("/peserta/{id}/tahap")
    String advance(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> enrollments.advanceStage(id), "programs.stage.advanced");
    }

    @PostMapping("/peserta/{id}/keputusan")
    String decide(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> enrollments.decide(id, accept, reason), accept ? "programs.accepted" : "programs.declined");
    }

    @PostMapping("/peserta/{id}/hasil")
    String outcome(@PathVariable long id, @RequestParam EnrollmentStatus outcome, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> enrollments.outcome(id, outcome, reason), "programs.outcome.saved");
    }

    @GetMapping("/peserta/{id}/kunjungan/baru")
    String visitForm(@PathVariable long id, Model model) {
        visits.checkCanRecord(id);
        var stored = enrollments.load(id);
        model.addAttribute("e", enrollments.ofBusiness(stored.businessId()).stream().filter(x -> x.id() == id).findFirst().orElseThrow());
        model.addAttribute("token", UUID.randomUUID());
        model.addAttribute("today", this.today.date());
        return "programs/visit-form";
    }

    /** The visit form posts everything at once (notes, follow-ups, photos); a retried post with the same token records nothing new. */
    @PostMapping("/peserta/{id}/kunjungan")
    String recordVisit(@PathVariable long id, @RequestParam UUID token,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
                       @RequestParam(required = false) String mode, @RequestParam(required = false) BigDecimal latitude,
                       @RequestParam(required = false) BigDecimal longitude, @RequestParam(required = false) String notes,
                       @RequestParam(required = false) String findings,
                       @RequestParam(name = "followUp", required = false) List<String> followUps,
                       @RequestParam(name = "followUpDue", required = false) List<String> dues,
                       @RequestParam(name = "followUpBy", required = false) List<String> responsible,
                       @RequestParam(name = "photo", required = false) List<MultipartFile> photos,
                       Model model, RedirectAttributes redirect) {
        try {
            var items = new ArrayList<VisitData.FollowUpData>();
            for (int i = 0; followUps != null && i < followUps.size(); i++) {
                String due = dues != null && i < dues.size() ? dues.get(i) : null;
                items.add(new VisitData.FollowUpData(followUps.get(i), IsoDates.parse("followUpDue", due),
                        responsible != null && i < responsible.size() ? responsible.get(i) : "OWNER"));
            }
            long visitId = visits.record(id, new VisitData(token, visitedOn, mode, latitude, longitude, notes, findings, items));
            for (var photo : photos == null ? List.<MultipartFile>of() : photos) {
                if (!photo.isEmpty()) {
                    visits.addPhoto(visitId, Uploads.read(photo, 10 * 1024 * 1024, "photo"));
                }
            }
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/peserta/" + id + "/kunjungan/baru";
        }
        redirect.addFlashAttribute("notice", "programs.visit.saved");
        redirect.addFlashAttribute("clearDraft", token.toString());
        return "redirect:/peserta/" + id;
    }

    @PostMapping("/tindak-lanjut/{followUpId}/selesai")
    String followUpDone(@PathVariable long followUpId, @RequestParam long enrollment, RedirectAttributes redirect) {
        visits.completeFollowUp(followUpId);
        redirect.addFlashAttribute("notice", "programs.followUp.done");
        return "redirect:/peserta/" + enrollment;
    }

    @GetMapping("/foto-kunjungan/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(visits.photo(photoId));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (FacilitatorUnavailable e) {
            throw e;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/peserta/" + id;
    }
}
