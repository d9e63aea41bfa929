package id.naikkelas.participants;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.programs.ParticipantChanges;
import id.naikkelas.programs.ProgramParticipants;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.PermitType;
import id.naikkelas.training.ProgramRegistrations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A program's participant list: a page of 25 rows, each filter and page a link (so it can be shared and the back
 * button works), light on a phone; and the bulk actions on it, previewed, then applied as a job with its progress.
 */
@Controller
class ParticipantListController {

    static final int PAGE_SIZE = 25;

    private final Programs programs;
    private final ProgramParticipants participants;
    private final ParticipantChanges changes;
    private final ProgramRegistrations training;
    private final BulkJobs jobs;
    private final BulkRunner runner;
    private final ParticipantExcel excel;

    ParticipantListController(Programs programs, ProgramParticipants participants, ParticipantChanges changes, ProgramRegistrations training,
                              BulkJobs jobs, BulkRunner runner, ParticipantExcel excel) {
        this.programs = programs;
        this.participants = participants;
        this.changes = changes;
        this.training = training;
        this.jobs = jobs;
        this.runner = runner;
        this.excel = excel;
    }

    @GetMapping("/program/{id}/peserta")
    String list(@PathVariable long id, @ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page, Model model,
                jakarta.servlet.http.HttpServletRequest request) {
        var program = programs.get(id);
        var events = training.events(id);
        var found = participants.page(id, Filters.of(filter, training), page, PAGE_SIZE);
        model.addAttribute("program", program);
        model.addAttribute("rows", found);
        model.addAttribute("filtered", !filter.isEmpty());
        // an owner sees their own place only: not who the program's other facilitators are
        model.addAttribute("facilitators", program.manageable() ? participants.facilitators(id) : java.util.Map.of());
        model.addAttribute("permits", PermitType.values());
        model.addAttribute("events", events);
        // this list's own link without its page: the pager and the bulk form's way back keep the filter
        String here = UriComponentsBuilder.fromUriString(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))
                .replaceQueryParam("page").build().toUriString();
        model.addAttribute("here", here);
        if (found.page() > 1) {
            model.addAttribute("previousPage", pageLink(here, found.page() - 1));
        }
        if (found.page() < found.pages()) {
            model.addAttribute("nextPage", pageLink(here, found.page() + 1));
        }
        model.addAttribute("actions", BulkAction.values());
        model.addAttribute("exportLink", here.replaceFirst("/peserta", "/peserta/ekspor"));
        if (program.manageable()) {
            model.addAttribute("openEvents", training.openEvents(id));
            model.addAttribute("pool", changes.facilitators(id));
            model.addAttribute("outcomes", List.of("GRADUATED", "CERTIFIED", "WITHDRAWN"));
        }
        return "participants/list";
    }

    /** The link of a page of the list with the same filter. */
    static String pageLink(String here, int page) {
        return UriComponentsBuilder.fromUriString(here).replaceQueryParam("page", page).build().toUriString();
    }

    @PostMapping("/program/{id}/peserta/aksi")
    String preview(@PathVariable long id, @ModelAttribute("filter") ListFilter filter, @RequestParam(required = false) BulkAction action,
                   @RequestParam(required = false) List<Long> enrollmentIds, @RequestParam(defaultValue = "false") boolean allMatching,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String assignTo, @RequestParam(required = false) Long eventId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
                   @RequestParam(required = false) String back, RedirectAttributes redirect) {
        // "auto" (or nothing) balances over the facilitators; a number is the one chosen for the whole selection
                try {
            Long facilitatorId = assignTo == null || assignTo.isBlank() || "auto".equals(assignTo) ? null : parse(assignTo);
            var job = jobs.preview(id, new BulkRequest(action, enrollmentIds, allMatching, filter, outcome, reason, facilitatorId, eventId, visitOn));
            return "redirect:/program/" + id + "/peserta/aksi/" + job.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:" + (back != null && back.startsWith("/program/" + id + "/peserta") ? back : "/program/" + id + "/peserta");
        }
    }

    private static Long parse(String facilitator) {
        try {
            return Long.valueOf(facilitator);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("facilitator", "programs.facilitator.unknown");
        }
    }

    @GetMapping("/program/{id}/peserta/aksi/{job}")
    String job(@PathVariable long id, @PathVariable long job, Model model) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("job", jobs.get(id, job));
        return "participants/job";
    }

    @GetMapping("/program/{id}/peserta/aksi/{job}/status")
    String progress(@PathVariable long id, @PathVariable long job, Model model) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("job", jobs.get(id, job));
        return "participants/job :: progress";
    }

    @PostMapping("/program/{id}/peserta/aksi/{job}/jalankan")
    String apply(@PathVariable long id, @PathVariable long job, RedirectAttributes redirect) {
        try {
            jobs.apply(id, job, runner);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/program/" + id + "/peserta/aksi/" + job;
    }

    /** The list (the ticked rows, or all matching the filter) as an Excel file. */
    @PostMapping("/program/{id}/peserta/ekspor")
    ResponseEntity<byte[]> exportSelected(@PathVariable long id, @ModelAttribute("filter") ListFilter filter,
                                          @RequestParam(required = false) List<Long> enrollmentIds,
                                          @RequestParam(defaultValue = "false") boolean allMatching, Locale locale) throws IOException {
        var rows = allMatching || enrollmentIds == null || enrollmentIds.isEmpty()
                ? participants.matching(id, Filters.of(filter, training))
                : participants.ofIds(id, enrollmentIds);
        return xlsx(id, rows, locale);
    }

    @GetMapping("/program/{id}/peserta/ekspor")
    ResponseEntity<byte[]> export(@PathVariable long id, @ModelAttribute("filter") ListFilter filter, Locale locale) throws IOException {
        return xlsx(id, participants.matching(id, Filters.of(filter, training)), locale);
    }

    private ResponseEntity<byte[]> xlsx(long id, List<id.naikkelas.programs.Participant> rows, Locale locale) throws IOException {
        var program = programs.get(id);
        var out = new ByteArrayOutputStream();
        excel.write(program, rows, out, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("peserta-program-" + id + ".xlsx").build().toString())
                .body(out.toByteArray());
    }
}
