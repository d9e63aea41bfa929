package id.naikkelas.programs;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programs", description = "Programs, enrolment, facilitator assignment, visits and awards")
class ProgramApiController {

    private final Programs programs;
    private final Enrollments enrollments;
    private final Facilitators facilitators;
    private final Visits visits;
    private final Awards awards;

    private final org.springframework.context.MessageSource messages;

    ProgramApiController(Programs programs, Enrollments enrollments, Facilitators facilitators, Visits visits, Awards awards,
                         org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.programs = programs;
        this.enrollments = enrollments;
        this.facilitators = facilitators;
        this.visits = visits;
        this.awards = awards;
    }

    @GetMapping("/programs")
    @Operation(summary = "Programs the caller may see (staff: their jurisdiction; partners: their programs; facilitators: assigned)")
    List<ProgramView> list() {
        return programs.list();
    }

    @PostMapping("/programs")
    ResponseEntity<ProgramView> create(@RequestBody ProgramData data) {
        long id = programs.create(data);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id)).body(programs.get(id));
    }

    @GetMapping("/programs/{id}")
    ProgramView get(@PathVariable long id) {
        return programs.get(id);
    }

    @PutMapping("/programs/{id}")
    @Operation(summary = "Replace a program's set-up; send the version you read as If-Match")
    ProgramView update(@PathVariable long id, @RequestHeader("If-Match") String version, @RequestBody ProgramData data) {
        programs.update(id, IfMatch.version(version), data);
        return programs.get(id);
    }

    @GetMapping("/programs/{id}/enrollments")
    List<EnrollmentView> enrollments(@PathVariable long id) {
        return enrollments.ofProgram(id);
    }

    record EnrollRequest(List<Long> businessIds) {
    }

    @PostMapping("/programs/{id}/enrollments")
    @Operation(summary = "Enrol businesses; each result says whether it was enrolled or why not")
    List<Enrollments.Result> enroll(@PathVariable long id, @RequestBody EnrollRequest request) {
        return enrollments.enroll(id, request.businessIds() == null ? List.of() : request.businessIds());
    }

    record ApplyRequest(long businessId) {
    }

    @PostMapping("/programs/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An owner applies with one of their businesses")
    long apply(@PathVariable long id, @RequestBody ApplyRequest request) {
        return enrollments.apply(id, request.businessId());
    }

    record Decision(boolean accept, String reason) {
    }

    @PostMapping("/enrollments/{id}/decision")
    void decide(@PathVariable long id, @RequestBody Decision decision) {
        enrollments.decide(id, decision.accept(), decision.reason());
    }

    @PostMapping("/enrollments/{id}/next-stage")
    void nextStage(@PathVariable long id) {
        enrollments.advanceStage(id);
    }

    record Outcome(EnrollmentStatus outcome, String reason) {
    }

    @PostMapping("/enrollments/{id}/outcome")
    void outcome(@PathVariable long id, @RequestBody Outcome outcome) {
        enrollments.outcome(id, outcome.outcome(), outcome.reason());
    }

    @GetMapping("/enrollments/{id}/facilitator-suggestions")
    @Operation(summary = "Facilitators ranked by region and current load, with whether the cap allows one more")
    List<Facilitators.Suggestion> suggestions(@PathVariable long id) {
        return facilitators.suggestions(id);
    }

    record Assignment(long facilitatorId, String reason) {
    }

    @PostMapping("/enrollments/{id}/facilitator")
    @Operation(summary = "Assign a facilitator; one who cannot take the business answers 422 with the reason and ranked alternatives")
    void assign(@PathVariable long id, @RequestBody Assignment assignment) {
        facilitators.assign(id, assignment.facilitatorId(), assignment.reason());
    }

    /**
     * A facilitator who cannot take the business: 422 with the reason, the field's message as every refusal has it, and
     * the facilitators who can, best first (issue 18 part 6).
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(FacilitatorUnavailable.class)
    org.springframework.http.ProblemDetail unavailable(FacilitatorUnavailable e) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var problem = org.springframework.http.ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(messages.getMessage("programs.unavailable.title", null, locale));
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("errors", e.violations().stream().map(v -> java.util.Map.of("field", v.field(), "code", v.code(),
                "message", messages.getMessage(v.code(), v.args().toArray(), v.code(), locale))).toList());
        problem.setProperty("alternatives", e.alternatives());
        return problem;
    }

    @GetMapping("/enrollments/{id}/visits")
    List<Visits.VisitView> visits(@PathVariable long id) {
        return visits.ofEnrollment(id);
    }

    @PostMapping("/enrollments/{id}/visits")
    @Operation(summary = "Record a visit; the same token twice records one visit")
    long recordVisit(@PathVariable long id, @RequestBody VisitData visit) {
        return visits.record(id, visit);
    }

    @GetMapping("/worklist")
    @Operation(summary = "The signed-in facilitator's assigned businesses with visits and follow-ups")
    List<EnrollmentView> worklist() {
        return enrollments.assignedToMe();
    }

    record AwardRequest(long businessId, String title, java.time.LocalDate awardedOn, String note) {
    }

    @PostMapping("/programs/{id}/awards")
    @ResponseStatus(HttpStatus.CREATED)
    long award(@PathVariable long id, @RequestBody AwardRequest request) {
        return awards.give(id, request.businessId(), request.title(), request.awardedOn(), request.note());
    }
}
