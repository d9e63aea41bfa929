package id.naikkelas.imports;

import id.naikkelas.common.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Import API: the same steps as the pages. Upload answers 409 with a link to the earlier import when
 * the agency sent this file before; progress is polled on the job; decisions on the review queue use
 * the version read, so two officers cannot decide the same row twice.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Import and export", description = "Agency lists (xlsx/csv) into the registry: mapping, progress, rejected rows, review queue")
class ImportApiController {

    private final ImportJobs jobs;
    private final MappingTemplates templates;
    private final Rejections rejections;
    private final Reviews reviews;
    private final MessageSource messages;
    private final LineOutcomes lines;

    ImportApiController(ImportJobs jobs, MappingTemplates templates, Rejections rejections, Reviews reviews, MessageSource messages,
                        LineOutcomes lines) {
        this.lines = lines;
        this.jobs = jobs;
        this.templates = templates;
        this.rejections = rejections;
        this.reviews = reviews;
        this.messages = messages;
    }

    /**
     * {@code required}: the fields a line is refused without (absent: business name, owner name, NIK and district, of those
     * mapped); {@code villageFallback}: a village not found in its district keeps the business in the district.
     */
    record MappingRequest(Map<Field, Integer> columns, String templateName, java.util.Set<Field> required, Boolean villageFallback) {
    }

    record MergeRequest(int version, Map<MergeField, Reviews.Side> picks) {
    }

    record Decision(int version) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an .xlsx or .csv list (comma or semicolon, UTF-8 or Windows-1252); returns the columns and a guessed mapping")
    ResponseEntity<ImportJob> upload(@RequestParam("file") MultipartFile file) throws IOException {
        var job = jobs.upload(Uploads.fileName(file), file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping
    @Operation(summary = "The imports of the caller's agency, newest first")
    List<ImportJob> list() {
        return jobs.recent();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import with its status and counts (read, rejected, created, matched, queued): poll it for progress")
    ImportJob get(@PathVariable long id) {
        return jobs.get(id);
    }

    @PutMapping("/{id}/mapping")
    @Operation(summary = "Set the column mapping (field -> column index); a template name also saves it for the agency")
    ImportJob mapping(@PathVariable long id, @RequestBody MappingRequest request) {
        return jobs.map(id, request.columns() == null ? Map.of() : request.columns(), request.required(),
                Boolean.TRUE.equals(request.villageFallback()), request.templateName());
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Queue the import; a worker on any node runs it in committed chunks")
    ResponseEntity<ImportJob> start(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel: a queued import stops at once, a running one after its current chunk (committed rows stay)")
    ImportJob cancel(@PathVariable long id) {
        return jobs.cancel(id);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a cancelled or failed import after its last committed line")
    ImportJob resume(@PathVariable long id) {
        return jobs.resume(id);
    }

    @GetMapping("/{id}/rejected")
    @Operation(summary = "Rejected lines after the given line: cells as uploaded, and per reason the column, value and message")
    List<Rejections.Rejected> rejected(@PathVariable long id, @RequestParam(defaultValue = "0") int after,
                                       @RequestParam(defaultValue = "100") int size) {
        return rejections.page(id, after, size, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}/rejected.xlsx")
    @Operation(summary = "The rejected lines as an Excel file with the reasons in an added column, to correct and upload again")
    void rejectedExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
        var job = jobs.get(id);
        Downloads.excel(response, "ditolak-" + job.fileName().replaceAll("\\.[^.]*$", ""));
        rejections.writeExcel(id, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}/lines")
    @Operation(summary = "What became of every line, after the given line: CREATED or LINKED (businessId), QUEUED (reviewId) or "
            + "REJECTED (reasons); outcome narrows to one of them")
    List<LineOutcomes.Line> lines(@PathVariable long id, @RequestParam(required = false) LineOutcomes.Outcome outcome,
                                  @RequestParam(defaultValue = "0") int after, @RequestParam(defaultValue = "100") int size) {
        return lines.page(id, outcome, after, size, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{id}/lines.xlsx")
    @Operation(summary = "The result file: every line with its outcome, the business or review it became, and the reasons of rejected lines")
    void linesExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
        var job = jobs.get(id);
        Downloads.excel(response, "hasil-" + job.fileName().replaceAll("\\.[^.]*$", ""));
        lines.writeExcel(id, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/provenance/{businessId}")
    @Operation(summary = "Where a registry business came from: the imports (of the caller's agency) and lines that created or linked it")
    List<LineOutcomes.Provenance> provenance(@PathVariable long businessId) {
        return lines.provenance(businessId);
    }

    @GetMapping("/templates")
    @Operation(summary = "Column mapping templates saved by the caller's agency")
    List<MappingTemplates.Template> templates() {
        return templates.of(jobs.importer().agencyId());
    }

    @GetMapping("/reviews")
    @Operation(summary = "The review queue: rows that may be an existing business, in the caller's jurisdiction; page with after = the last id")
    List<Reviews.QueueItem> reviews(@RequestParam(defaultValue = "PENDING") Reviews.Status status,
                                    @RequestParam(required = false) Long importId, @RequestParam(defaultValue = "0") long after,
                                    @RequestParam(defaultValue = "100") int size) {
        return reviews.queue(status, importId, after, size);
    }

    @GetMapping("/reviews/{id}")
    @Operation(summary = "A review item side by side: each field of the existing business and of the incoming row")
    Reviews.ReviewView review(@PathVariable long id) {
        return reviews.get(id, LocaleContextHolder.getLocale());
    }

    @PostMapping("/reviews/{id}/merge")
    @Operation(summary = "Merge the row into the business, each field from the side picked (EXISTING by default); undoable")
    Reviews.ReviewView merge(@PathVariable long id, @RequestBody MergeRequest request) {
        reviews.merge(id, request.version(), request.picks() == null ? Map.of() : request.picks());
        return reviews.get(id, LocaleContextHolder.getLocale());
    }

    @PostMapping("/reviews/{id}/create")
    @Operation(summary = "Not a duplicate: register the row as a new business")
    ResponseEntity<Reviews.ReviewView> create(@PathVariable long id, @RequestBody Decision request) {
        long created = reviews.create(id, request.version());
        return ResponseEntity.created(URI.create("/api/v1/businesses/" + created)).body(reviews.get(id, LocaleContextHolder.getLocale()));
    }

    @PostMapping("/reviews/{id}/undo")
    @Operation(summary = "Undo a merge: the business returns to its state before, if nobody changed it since")
    Reviews.ReviewView undo(@PathVariable long id) {
        reviews.undo(id);
        return reviews.get(id, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(AlreadyImported.class)
    ResponseEntity<ProblemDetail> alreadyImported(AlreadyImported e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("imports.upload.duplicate", null, LocaleContextHolder.getLocale()));
        problem.setProperty("existingImport", "/api/v1/imports/" + e.jobId());
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create("/api/v1/imports/" + e.jobId())).body(problem);
    }
}
