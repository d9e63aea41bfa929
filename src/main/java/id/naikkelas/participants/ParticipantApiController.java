package id.naikkelas.participants;

import id.naikkelas.programs.ProgramParticipants;
import id.naikkelas.training.ProgramRegistrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/programs/{id}")
@Tag(name = "Program participants", description = "A program's participants, paged and filtered, and bulk actions on them (preview, apply, job status)")
class ParticipantApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final MessageSource messages;
    private final ProgramParticipants participants;
    private final ProgramRegistrations training;
    private final BulkJobs jobs;
    private final BulkRunner runner;

    ParticipantApiController(MessageSource messages, ProgramParticipants participants, ProgramRegistrations training,
                             BulkJobs jobs, BulkRunner runner) {
        this.messages = messages;
        this.participants = participants;
        this.training = training;
        this.jobs = jobs;
        this.runner = runner;
    }

    @GetMapping("/participants")
    @Operation(summary = "A page of the program's participants matching the filter (stage, facilitator, overdue visit, missing permit, attended training, name)")
    ProgramParticipants.Page list(@PathVariable long id, @ParameterObject @ModelAttribute ListFilter filter,
                                  @Parameter(description = "Page, from 1") @RequestParam(defaultValue = "1") int page,
                                  @Parameter(description = "Rows per page, 1 to 100") @RequestParam(defaultValue = "50") int size) {
        return participants.page(id, Filters.of(filter, training), page, Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    }

    @PostMapping("/bulk-actions")
    @Operation(summary = "Preview a bulk action: what will happen to each selected participant, and which cannot and why. Nothing changes yet; "
            + "the answer's id is the job to apply")
    @ApiResponse(responseCode = "200", description = "The preview, per row")
    @ApiResponse(responseCode = "403", description = "The caller does not manage this program (another region, or not program staff)")
    Job preview(@PathVariable long id, @RequestBody BulkRequest request) {
        return job(jobs.preview(id, request));
    }

    @PostMapping("/bulk-actions/{job}/apply")
    @Operation(summary = "Apply a previewed bulk action once, in the background; follow its status at the Location. Rows changed by someone since "
            + "the preview are refused; all-or-nothing actions (outcome, one chosen facilitator) change nothing when any row is refused")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "422", description = "Already applied")
    ResponseEntity<Job> apply(@PathVariable long id, @PathVariable long job) {
        var view = jobs.apply(id, job, runner);
        return ResponseEntity.accepted().location(URI.create("/api/v1/programs/" + id + "/bulk-actions/" + job)).body(job(view));
    }

    @GetMapping("/bulk-actions/{job}")
    @Operation(summary = "A bulk action's status: PREVIEWED, QUEUED, RUNNING, DONE or FAILED, rows done, succeeded, and the refused rows with reasons")
    Job status(@PathVariable long id, @PathVariable long job) {
        return job(jobs.get(id, job));
    }

    /** One row as the API answers it: the reason's code and its words in the caller's language (Accept-Language). */
    record Row(long enrollmentId, String businessName, boolean ok, String becomes, String code, String reason) {
    }

    record Job(long id, long programId, BulkAction action, String status, int total, int done, int succeeded, boolean allOrNothing,
               List<Row> preview, List<Row> failures) {
    }

    private Job job(BulkJobs.JobView view) {
        return new Job(view.id(), view.programId(), view.action(), view.status(), view.total(), view.done(), view.succeeded(),
                view.allOrNothing(), rows(view.preview()), rows(view.failures()));
    }

    private List<Row> rows(List<BulkJobs.RowView> rows) {
        var locale = LocaleContextHolder.getLocale();
        return rows.stream().map(r -> new Row(r.enrollmentId(), r.businessName(), r.ok(),
                r.detailKey() == null ? r.detail() : messages.getMessage(r.detailKey(), null, r.detailKey(), locale), r.code(),
                r.code() == null ? null : messages.getMessage(r.code(), r.args().toArray(), r.code(), locale))).toList();
    }
}
