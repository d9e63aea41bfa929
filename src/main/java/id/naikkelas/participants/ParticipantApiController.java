package id.naikkelas.participants;

import id.naikkelas.programs.ProgramParticipants;
import id.naikkelas.training.ProgramRegistrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
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

@RestController
@RequestMapping("/api/v1/programs/{id}")
@Tag(name = "Program participants", description = "A program's participants, paged and filtered, and bulk actions on them (preview, apply, job status)")
class ParticipantApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ProgramParticipants participants;
    private final ProgramRegistrations training;
    private final BulkJobs jobs;
    private final BulkRunner runner;

    ParticipantApiController(ProgramParticipants participants, ProgramRegistrations training, BulkJobs jobs, BulkRunner runner) {
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
    BulkJobs.JobView preview(@PathVariable long id, @RequestBody BulkRequest request) {
        return jobs.preview(id, request);
    }

    @PostMapping("/bulk-actions/{job}/apply")
    @Operation(summary = "Apply a previewed bulk action once, in the background; follow its status at the Location. Rows changed by someone since "
            + "the preview are refused; all-or-nothing actions (outcome, one chosen facilitator) change nothing when any row is refused")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "422", description = "Already applied")
    ResponseEntity<BulkJobs.JobView> apply(@PathVariable long id, @PathVariable long job) {
        var view = jobs.apply(id, job, runner);
        return ResponseEntity.accepted().location(URI.create("/api/v1/programs/" + id + "/bulk-actions/" + job)).body(view);
    }

    @GetMapping("/bulk-actions/{job}")
    @Operation(summary = "A bulk action's status: PREVIEWED, QUEUED, RUNNING, DONE or FAILED, rows done, succeeded, and the refused rows with reasons")
    BulkJobs.JobView status(@PathVariable long id, @PathVariable long job) {
        return jobs.get(id, job);
    }
}
