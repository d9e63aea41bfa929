package id.naikkelas.assessment;

import id.naikkelas.common.Uploads;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.Businesses;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Corrective-action worklists: {@code /tindakan} for everything the user may see (the owner's own
 * actions, a facilitator's or officer's jurisdiction) and one business's actions, with evidence
 * upload and verification on each card.
 */
@Controller
class CorrectiveActionController {

    private static final int PAGE_SIZE = 25;

    private final CorrectiveActions actions;
    private final Businesses businesses;
    private final MessageSource messages;

    CorrectiveActionController(CorrectiveActions actions, Businesses businesses, MessageSource messages) {
        this.actions = actions;
        this.businesses = businesses;
        this.messages = messages;
    }

    @GetMapping("/tindakan")
    String worklist(@RequestParam(defaultValue = "OPEN") ActionFilter filter, @RequestParam(required = false) String after, Model model,
                    Locale locale) {
        model.addAttribute("page", actions.list(filter, null, after, PAGE_SIZE));
        return page(model, filter, "/tindakan", locale);
    }

    @GetMapping("/usaha/{businessId}/tindakan")
    String ofBusiness(@PathVariable long businessId, @RequestParam(defaultValue = "OPEN") ActionFilter filter,
                      @RequestParam(required = false) String after, Model model, Locale locale) {
        model.addAttribute("business", businesses.get(businessId));
        model.addAttribute("page", actions.list(filter, businessId, after, PAGE_SIZE));
        return page(model, filter, "/usaha/" + businessId + "/tindakan", locale);
    }

    private String page(Model model, ActionFilter filter, String path, Locale locale) {
        model.addAttribute("filter", filter);
        model.addAttribute("filters", ActionFilter.values());
        model.addAttribute("path", path);
        model.addAttribute("back", UriComponentsBuilder.fromPath(path).queryParam("filter", filter).build().toUriString());
        model.addAttribute("deadlines", deadlineTexts(locale));
        model.addAttribute("severity", InspectionReports.SEVERITY);
        return "assessment/actions";
    }

    @PostMapping("/tindakan/{id}/bukti")
    String submitEvidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                          RedirectAttributes redirect) {
        try {
            actions.submitEvidence(id, Uploads.fileName(file), file == null ? null : Uploads.read(file, 10 * 1024 * 1024, "file"), note);
            redirect.addFlashAttribute("notice", "assessment.evidence.sent");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:" + local(back) + "#tindakan-" + id;
    }

    @PostMapping("/tindakan/{id}/verifikasi")
    String verify(@PathVariable long id, @RequestParam boolean accepted, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            actions.verify(id, accepted, note);
            redirect.addFlashAttribute("notice", accepted ? "assessment.evidence.accepted" : "assessment.evidence.returned");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:" + local(back) + "#tindakan-" + id;
    }

    @GetMapping("/tindakan/{id}/bukti")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        var file = actions.evidence(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** "7 hari", "1 bulan": the periods of corrective-action-due.yml as a person reads them. */
    private Map<DeviationClass, String> deadlineTexts(Locale locale) {
        var texts = new EnumMap<DeviationClass, String>(DeviationClass.class);
        actions.deadlines().forEach((deviationClass, period) -> texts.put(deviationClass,
                period.getYears() == 0 && period.getMonths() == 0 ? messages.getMessage("assessment.deadline.days", new Object[] {period.getDays()}, locale)
                        : period.getYears() == 0 && period.getDays() == 0 ? messages.getMessage("assessment.deadline.months", new Object[] {period.getMonths()}, locale)
                        : period.toString()));
        return texts;
    }

    /** Only a path on this site: a crafted "back" must not send the user elsewhere. */
    private static String local(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl) ? back : "/tindakan";
    }
}
