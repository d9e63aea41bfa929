package id.naikkelas.feedback;

import id.naikkelas.common.IfMatch;
import id.naikkelas.common.IsoDates;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Public-service satisfaction survey (IKM, PermenPANRB 14/2017) and public complaints (pengaduan)")
class FeedbackApiController {

    private final Complaints complaints;
    private final Surveys surveys;
    private final SurveyResults results;
    private final Today today;

    FeedbackApiController(Complaints complaints, Surveys surveys, SurveyResults results, Today today) {
        this.complaints = complaints;
        this.surveys = surveys;
        this.results = results;
        this.today = today;
    }

    @PostMapping("/public/complaints")
    @Operation(summary = "File a complaint to a unit (public, no account; rate-limited per address). "
            + "The tracking code is in this answer only")
    ResponseEntity<Complaints.Filed> file(@RequestBody Complaints.Form form, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(complaints.file(form, request.getRemoteAddr()));
    }

    public record TrackingRequest(@Size(max = 40) String code) {
    }

    @PostMapping("/public/complaints/track")
    @Operation(summary = "Read a complaint and its answer by its tracking code (public; no names or contacts)")
    Complaints.PublicView track(@RequestBody TrackingRequest request) {
        return complaints.track(request.code()).orElseThrow(() -> new NotFound("complaint", "code"));
    }

    @GetMapping("/public/complaint-units")
    @Operation(summary = "The units a complaint may be addressed to (public)")
    List<Complaints.Unit> units() {
        return complaints.units();
    }

    @GetMapping("/complaints")
    @Operation(summary = "Complaints in the caller's jurisdiction (staff), unanswered first by due date; overdue=true: past due only")
    List<Complaints.Row> list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) ComplaintStatus status) {
        return complaints.list(overdue, status, 500);
    }

    @GetMapping("/complaints/{id}")
    @Operation(summary = "One complaint with the complainant's contact (staff of the jurisdiction); the ETag is its version")
    ResponseEntity<Complaints.Detail> get(@PathVariable long id) {
        var detail = complaints.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    public record Assignment(Long officerId) {
    }

    @PutMapping("/complaints/{id}/assignee")
    @Operation(summary = "Assign the complaint to an officer of its unit; send the version you read as If-Match")
    ResponseEntity<Complaints.Detail> assign(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String version,
                                             @RequestBody Assignment body) {
        complaints.assign(id, IfMatch.version(version), body.officerId());
        var detail = complaints.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    public record AnswerRequest(@Size(max = 4000) String answer) {
    }

    @PostMapping("/complaints/{id}/answer")
    @Operation(summary = "Answer the complaint (final; the complainant reads it with the code); send the version you read as If-Match")
    ResponseEntity<Complaints.Detail> answer(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String version,
                                             @RequestBody AnswerRequest body) {
        complaints.answer(id, IfMatch.version(version), body.answer());
        var detail = complaints.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @GetMapping("/surveys/invitations")
    @Operation(summary = "The caller's (an owner's) satisfaction surveys not yet answered")
    List<Surveys.Invitation> invitations() {
        return surveys.pending();
    }

    public record Recorded(boolean recorded) {
    }

    @PostMapping("/surveys/invitations/{id}/answers")
    @Operation(summary = "Answer a survey: nine scores 1-4 (u1..u9) and an optional suggestion. Once only: "
            + "a repeat records nothing and says recorded=false")
    Recorded answer(@PathVariable long id, @RequestBody Surveys.Answers answers) {
        return new Recorded(surveys.answer(id, answers));
    }

    @GetMapping("/ikm")
    @Operation(summary = "IKM per unit for a period (default: this year so far) in the caller's jurisdiction: respondents, "
            + "each element's average (NRR), the weighted NRR, the IKM (25-100) and its grade A-D")
    List<SurveyResults.UnitResult> ikm(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate start = from == null || from.isBlank() ? today.date().withDayOfYear(1) : IsoDates.parse("from", from);
        LocalDate end = to == null || to.isBlank() ? today.date() : IsoDates.parse("to", to);
        if (end.isBefore(start)) {
            throw id.naikkelas.common.InvalidInput.of("to", "feedback.ikm.period");
        }
        return results.byUnit(start, end);
    }
}
