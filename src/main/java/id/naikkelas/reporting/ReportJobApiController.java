package id.naikkelas.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/** Program reports and yearly evaluations built in the background (ADR 0025): ask, follow, download. */
@RestController
@RequestMapping("/api/v1/reports/jobs")
@Tag(name = "Reports")
class ReportJobApiController {

    private final ReportJobs jobs;
    private final MessageSource messages;

    ReportJobApiController(ReportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /**
     * A report job as the API answers it.
     *
     * @param section what is being built now, in words (while running)
     * @param failure why it failed: the reason's code and, in {@code reason}, its words
     * @param file    where to download it, once done
     */
    record Job(long id, ReportKind kind, ReportFormat format, int year, String region, Long programId, String programName, String status,
               int progress, String section, String failure, String reason, String file, OffsetDateTime createdAt,
               OffsetDateTime finishedAt) {
    }

    @PostMapping
    @Operation(summary = "Ask for a program report (PROGRAM, with program) or a yearly evaluation (YEAR) as PDF or Excel. It is built in "
            + "the background: follow the job at the Location until its status is DONE, then download its file. The same report asked "
            + "again while it is queued or running answers that job")
    @ApiResponse(responseCode = "202", description = "Queued (or already queued or running)")
    @ApiResponse(responseCode = "403", description = "A region outside the caller's jurisdiction, or not agency staff")
    @ApiResponse(responseCode = "404", description = "A program the caller may not see")
    @ApiResponse(responseCode = "422", description = "A missing kind, format or year, a year out of range, a program missing or not wanted")
    ResponseEntity<Job> request(@RequestBody ReportRequest request) {
        var job = jobs.request(request.kind(), request.format(), request.year(), request.region(), request.program());
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/jobs/" + job.id())).body(job(job));
    }

    @GetMapping
    @Operation(summary = "The caller's latest report jobs, newest first")
    List<Job> mine() {
        return jobs.mine().stream().map(this::job).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report job: QUEUED, RUNNING (with progress 0–100 and the section being built), DONE (with its file) or FAILED (with the reason)")
    @ApiResponse(responseCode = "404", description = "No such job, or one covering what the caller may not see")
    Job status(@PathVariable long id) {
        return job(jobs.get(id));
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The finished report (PDF or Excel)")
    @ApiResponse(responseCode = "404", description = "No such job, or one covering what the caller may not see")
    @ApiResponse(responseCode = "409", description = "Not done yet")
    @ApiResponse(responseCode = "410", description = "The file is no longer kept")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return EvaluationFiles.attachment(jobs.file(id));
    }

    private Job job(ReportJobs.JobView v) {
        var locale = LocaleContextHolder.getLocale();
        return new Job(v.id(), v.kind(), v.format(), v.year(), v.region(), v.programId(), v.programName(), v.status(), v.progress(),
                v.section() == null ? null : messages.getMessage("report.job.section." + v.section(), null, v.section(), locale),
                v.failure(), v.failure() == null ? null : messages.getMessage(v.failure(), null, v.failure(), locale),
                v.done() ? "/api/v1/reports/jobs/" + v.id() + "/file" : null, v.createdAt(), v.finishedAt());
    }
}
