package id.naikkelas.imports;

import id.naikkelas.common.Uploads;
import id.naikkelas.common.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Import pages: upload, column mapping, live progress, rejected lines. */
@Controller
class ImportController {

    static final int REJECTED_PAGE = 50;

    private final ImportJobs jobs;
    private final MappingTemplates templates;
    private final Rejections rejections;
    private final Reviews reviews;
    private final LineOutcomes lineOutcomes;

    ImportController(ImportJobs jobs, MappingTemplates templates, Rejections rejections, Reviews reviews, LineOutcomes lineOutcomes) {
        this.lineOutcomes = lineOutcomes;
        this.jobs = jobs;
        this.templates = templates;
        this.rejections = rejections;
        this.reviews = reviews;
    }

    @GetMapping("/impor")
    String index(Model model) {
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("pending", reviews.count(Reviews.Status.PENDING, null));
        return "imports/index";
    }

    /**
     * For the business page: the imported lines that created or linked this business (file, line, outcome), so an
     * officer can go back to the list a record came from (staff only, like the imports themselves).
     */
    @GetMapping("/impor/asal/{businessId}")
    String provenance(@PathVariable long businessId, Model model) {
        model.addAttribute("lines", lineOutcomes.provenance(businessId));
        return "imports/provenance :: lines";
    }

    @PostMapping("/impor")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var job = jobs.upload(Uploads.fileName(file), file.getInputStream());
            return "redirect:/impor/" + job.id() + "/kolom";
        } catch (AlreadyImported e) {
            redirect.addFlashAttribute("notice", "imports.upload.duplicate");
            return "redirect:/impor/" + e.jobId();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/impor";
        }
    }

    @GetMapping("/impor/{id}/kolom")
    String mapping(@PathVariable long id, @RequestParam(required = false) Long template, Model model) {
        var job = jobs.get(id);
        if (job.status() != ImportStatus.MAPPING) {
            return "redirect:/impor/" + id;
        }
        var me = jobs.importer();
        Map<Field, Integer> mapping = job.mapping();
        List<Field> required = job.requiredFields();
        if (template != null) {
            var picked = templates.find(me.agencyId(), template);
            mapping = picked.map(t -> t.applyTo(job.headers())).orElse(mapping);
            required = picked.map(MappingTemplates.Template::required).orElse(required);
        }
        return mappingPage(model, job, mapping, template, required);
    }

    @PostMapping("/impor/{id}/kolom")
    String saveMapping(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        var mapping = new EnumMap<Field, Integer>(Field.class);
        for (var field : Field.values()) {
            String column = form.get("col." + field.name());
            if (column != null && !column.isBlank()) {
                mapping.put(field, column(column));
            }
        }
        // the form lists every optional field with a "mandatory" box: the ones ticked are the import's mandatory fields
        java.util.Set<Field> required = null;
        if (form.containsKey("requiredShown")) {
            required = java.util.EnumSet.noneOf(Field.class);
            for (var field : Field.values()) {
                if (form.containsKey("req." + field.name())) {
                    required.add(field);
                }
            }
        }
        try {
            jobs.map(id, mapping, required, form.containsKey("villageFallback"), form.get("templateName"));
            jobs.start(id);
        } catch (InvalidInput e) {
            // a reason about one field shows under its select, anything else on top
            var byField = new HashMap<String, List<InvalidInput.Violation>>();
            var general = new ArrayList<InvalidInput.Violation>();
            for (var v : e.violations()) {
                if (v.field() != null && Arrays.stream(Field.values()).anyMatch(f -> f.name().equals(v.field()))) {
                    byField.computeIfAbsent(v.field(), k -> new ArrayList<>()).add(v);
                } else {
                    general.add(v);
                }
            }
            model.addAttribute("fieldProblems", byField);
            model.addAttribute("problems", general.isEmpty()
                    ? List.of(new InvalidInput.Violation(null, "imports.mapping.fix", List.of())) : general);
            model.addAttribute("templateName", form.get("templateName"));
            return mappingPage(model, jobs.get(id), mapping, null, required == null ? null : List.copyOf(required));
        }
        redirect.addFlashAttribute("notice", "imports.started");
        return "redirect:/impor/" + id;
    }

    /** A column index as the select sends it; anything else is no column of the file, refused under its field by the mapping's check. */
    private static int column(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String mappingPage(Model model, ImportJob job, Map<Field, Integer> mapping, Long template, List<Field> required) {
        model.addAttribute("job", job);
        // by field name, as the mapping below: the boxes ticked
        model.addAttribute("required", RequiredFields.effective(required, mapping).stream().map(Field::name).toList());
        // by field name: SpEL cannot index an EnumMap with the enum constant
        var chosen = new HashMap<String, Integer>();
        mapping.forEach((field, column) -> chosen.put(field.name(), column));
        model.addAttribute("mapping", chosen);
        model.addAttribute("fields", Field.values());
        model.addAttribute("templates", templates.of(jobs.importer().agencyId()));
        model.addAttribute("template", template);
        return "imports/mapping";
    }

    @GetMapping("/impor/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(id));
        return "imports/job";
    }

    /** The progress panel alone, polled by htmx every second while the job runs (the page survives a reload: it is all in the database). */
    @GetMapping("/impor/{id}/status")
    String status(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(id));
        return "imports/job :: progress";
    }

    @PostMapping("/impor/{id}/batal")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        jobs.cancel(id);
        redirect.addFlashAttribute("notice", "imports.cancelRequested");
        return "redirect:/impor/" + id;
    }

    @PostMapping("/impor/{id}/lanjut")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        jobs.resume(id);
        redirect.addFlashAttribute("notice", "imports.resumed");
        return "redirect:/impor/" + id;
    }

    @GetMapping("/impor/{id}/ditolak")
    String rejected(@PathVariable long id, @RequestParam(defaultValue = "0") int after, Model model) {
        var page = rejections.page(id, after, REJECTED_PAGE + 1, LocaleContextHolder.getLocale());
        model.addAttribute("job", jobs.get(id));
        model.addAttribute("rows", page.size() > REJECTED_PAGE ? page.subList(0, REJECTED_PAGE) : page);
        model.addAttribute("next", page.size() > REJECTED_PAGE ? page.get(REJECTED_PAGE - 1).line() : null);
        return "imports/rejected";
    }

    @GetMapping("/impor/{id}/hasil.xlsx")
    void resultExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
        var job = jobs.get(id);
        Downloads.excel(response, "hasil-" + job.fileName().replaceAll("\\.[^.]*$", ""));
        lineOutcomes.writeExcel(id, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/impor/{id}/ditolak.xlsx")
    void rejectedExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
        var job = jobs.get(id);
        Downloads.excel(response, "ditolak-" + job.fileName().replaceAll("\\.[^.]*$", ""));
        rejections.writeExcel(id, response.getOutputStream(), LocaleContextHolder.getLocale());
    }
}
