package id.naikkelas.assessment;

import id.naikkelas.common.Uploads;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inspection pages: a business's history with its level trend, the phone-first form (each answer
 * saved on change through htmx, the summary redrawn by the server) and the finished, read-only
 * inspection with its report. Without JavaScript every form still posts and comes back.
 */
@Controller
class InspectionController {

    private final Inspections inspections;
    private final AssessmentDefinitions definitions;
    private final Businesses businesses;

    InspectionController(Inspections inspections, AssessmentDefinitions definitions, Businesses businesses) {
        this.inspections = inspections;
        this.definitions = definitions;
        this.businesses = businesses;
    }

    /** @param caseId a case to link a new inspection to (the case page can link here with ?kasus=) */
    @GetMapping("/usaha/{businessId}/pemeriksaan")
    String history(@PathVariable long businessId, @RequestParam(name = "kasus", required = false) Long caseId, Model model) {
        model.addAttribute("business", businesses.get(businessId));
        var rows = inspections.history(businessId);
        model.addAttribute("inspections", rows);
        var trend = new ArrayList<InspectionRow>();
        rows.stream().filter(row -> row.current() && row.levelRank() != null).forEach(row -> trend.add(0, row));
        model.addAttribute("trend", trend);
        boolean mayInspect = inspections.mayInspect(businessId);
        model.addAttribute("mayInspect", mayInspect);
        model.addAttribute("checklists", mayInspect ? definitions.currentChecklists() : List.of());
        model.addAttribute("caseId", caseId);
        return "assessment/history";
    }

    @PostMapping("/usaha/{businessId}/pemeriksaan")
    String start(@PathVariable long businessId, @RequestParam(required = false) String templateCode,
                 @RequestParam(required = false) Long caseId, RedirectAttributes redirect) {
        try {
            return "redirect:/pemeriksaan/" + inspections.start(businessId, caseId, templateCode);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/usaha/" + businessId + "/pemeriksaan";
        }
    }

    @GetMapping("/pemeriksaan/{id}")
    String show(@PathVariable long id, Model model) {
        var inspection = inspections.get(id);
        model.addAttribute("i", inspection);
        model.addAttribute("severity", InspectionReports.SEVERITY);
        return inspection.permissions().edit() ? "assessment/inspection" : "assessment/inspection-view";
    }

    /**
     * Autosave of one item. Through htmx the answer is the redrawn summary plus, out of band, the
     * items this answer showed or hid; a plain form post comes back to the item.
     */
    @PostMapping("/pemeriksaan/{id}/jawaban")
    String answer(@PathVariable long id, @RequestParam String item, @RequestParam(required = false) Answer answer,
                  @RequestParam(required = false) String note, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model, RedirectAttributes redirect) {
        try {
            var saved = inspections.answer(id, item, answer, note);
            if (htmx == null) {
                return "redirect:/pemeriksaan/" + id + anchor(id, item);
            }
            model.addAttribute("summary", saved.summary());
            if (!saved.visibilityChanged().isEmpty()) {
                model.addAttribute("i", inspections.get(id));
                model.addAttribute("changed", saved.visibilityChanged());
            }
        } catch (InvalidInput e) {
            if (htmx == null) {
                redirect.addFlashAttribute("problems", e.violations());
                return "redirect:/pemeriksaan/" + id;
            }
            model.addAttribute("summary", inspections.get(id).summary());
            model.addAttribute("problems", e.violations());
        }
        return "assessment/autosave";
    }

    @PostMapping("/pemeriksaan/{id}/foto")
    String addPhoto(@PathVariable long id, @RequestParam String item, @RequestParam(name = "photo", required = false) MultipartFile photo,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        try {
            inspections.addPhoto(id, item, photo == null ? null : Uploads.read(photo, 10 * 1024 * 1024, "photo"));
        } catch (InvalidInput e) {
            if (htmx == null) {
                redirect.addFlashAttribute("problems", e.violations());
            } else {
                model.addAttribute("photoProblems", e.violations());
            }
        }
        if (htmx == null) {
            return "redirect:/pemeriksaan/" + id + anchor(id, item);
        }
        var inspection = inspections.get(id);
        model.addAttribute("i", inspection);
        model.addAttribute("item", inspection.template().item(item).orElseThrow());
        return "assessment/photo-added";
    }

    @GetMapping("/pemeriksaan/foto/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(inspections.photo(photoId));
    }

    @PostMapping("/pemeriksaan/{id}/data")
    String details(@PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
                   @RequestParam(required = false) Long caseId, RedirectAttributes redirect) {
        try {
            inspections.updateDetails(id, version, inspectedOn, caseId);
            redirect.addFlashAttribute("notice", "saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation(null, "error.conflict", List.of())));
        }
        return "redirect:/pemeriksaan/" + id;
    }

    @PostMapping("/pemeriksaan/{id}/selesai")
    String finish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var finished = inspections.finish(id);
            redirect.addFlashAttribute("notice", finished.actions().isEmpty() ? "assessment.finished" : "assessment.finished.actionsSent");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pemeriksaan/" + id;
    }

    @GetMapping("/pemeriksaan/{id}/laporan.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("laporan-pemeriksaan-" + id + ".pdf").build().toString())
                .body(inspections.report(id, locale));
    }

    @PostMapping("/pemeriksaan/{id}/koreksi")
    String correct(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            return "redirect:/pemeriksaan/" + inspections.correct(id, reason);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pemeriksaan/" + id + "#koreksi";
        }
    }

    /** Back to the item just saved, for a form posted without JavaScript. */
    private String anchor(long id, String item) {
        var inspection = inspections.get(id);
        return inspection.template().item(item).isPresent() ? "#item-" + inspection.position(item) : "";
    }
}
