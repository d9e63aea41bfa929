package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training", description = "Training events, registration and waitlist, attendance, tests and certificates")
class TrainingApiController {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Attendance attendance;
    private final Quizzes quizzes;
    private final Certificates certificates;

    TrainingApiController(TrainingEvents events, Registrations registrations, Attendance attendance, Quizzes quizzes,
                          Certificates certificates) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.quizzes = quizzes;
        this.certificates = certificates;
    }

    @GetMapping("/training/events")
    @Operation(summary = "Events the caller may see, not over yet (default) or past; today's and upcoming first, nearest first, "
            + "then past ones newest first. Each says its timing: TODAY, UPCOMING or PAST (platform time, WIB)")
    List<EventView> list(@RequestParam(defaultValue = "false") boolean past) {
        return events.list(past);
    }

    @PostMapping("/training/events")
    ResponseEntity<EventView> create(@RequestBody EventData data) {
        long id = events.create(data);
        return ResponseEntity.created(URI.create("/api/v1/training/events/" + id)).body(events.get(id));
    }

    @GetMapping("/training/events/{id}")
    EventView get(@PathVariable long id) {
        return events.get(id);
    }

    @PutMapping("/training/events/{id}")
    @Operation(summary = "Replace an event's set-up; send the version you read as If-Match (409 when someone changed it since)")
    EventView update(@PathVariable long id, @RequestHeader("If-Match") String version, @RequestBody EventData data) {
        events.update(id, IfMatch.version(version), data);
        return events.get(id);
    }

    record CancelRequest(String reason) {
    }

    @PostMapping("/training/events/{id}/cancellation")
    @Operation(summary = "Call the whole event off with a reason: every registration is released and each owner told; "
            + "send the version you read as If-Match (409 when someone changed it since)")
    EventView cancel(@PathVariable long id, @RequestHeader("If-Match") String version, @RequestBody CancelRequest request) {
        events.cancel(id, IfMatch.version(version), request.reason());
        return events.get(id);
    }

    @GetMapping("/training/events/{id}/registrations")
    @Operation(summary = "Participants with attendance, scores and outcome (organisers: all; other staff: their region's)")
    List<RegistrationView> registrations(@PathVariable long id) {
        return registrations.ofEvent(id);
    }

    record RegisterRequest(long businessId, String participantName) {
    }

    @PostMapping("/training/events/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register one person of a business (blank name: the owner); CONFIRMED or WAITLISTED")
    Registrations.Result register(@PathVariable long id, @RequestBody RegisterRequest request) {
        return registrations.register(id, request.businessId(), request.participantName());
    }

    record BulkRequest(List<Long> businessIds) {
    }

    @PostMapping("/training/events/{id}/registrations/bulk")
    @Operation(summary = "Register the owners of many businesses; each result says what happened or why not")
    List<Registrations.Result> registerAll(@PathVariable long id, @RequestBody BulkRequest request) {
        return registrations.registerAll(id, request.businessIds() == null ? List.of() : request.businessIds());
    }

    @GetMapping("/training/registrations/mine")
    @Operation(summary = "The owner's registrations: today's and upcoming events first, nearest first, then past ones newest first; "
            + "each with its timing (TODAY, UPCOMING, PAST) and sessionStartsAt (the next session, or a past event's last)")
    List<RegistrationView> mine() {
        return registrations.mine();
    }

    @GetMapping("/training/registrations/{id}")
    RegistrationView registration(@PathVariable long id) {
        return registrations.get(id);
    }

    @PostMapping("/training/registrations/{id}/cancel")
    @Operation(summary = "Cancel; a freed seat goes to the first on the waitlist")
    RegistrationView cancel(@PathVariable long id) {
        registrations.cancel(id);
        return registrations.get(id);
    }

    record CheckInRequest(String code, Attendance.Method method) {
    }

    @PostMapping("/training/events/{id}/sessions/{sessionId}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check a participant in by QR token (method QR) or short code (CODE), only from the check-in margin "
            + "(naikkelas.training.check-in-margin, 30 minutes) before the session starts until it ends; a second check-in is refused")
    Attendance.CheckIn checkIn(@PathVariable long id, @PathVariable long sessionId, @RequestBody CheckInRequest request) {
        return attendance.checkIn(id, sessionId, request.code(), request.method() == null ? Attendance.Method.CODE : request.method());
    }

    record OnlineRequest(Set<Long> registrationIds) {
    }

    record RecordedAttendanceRequest(Long registrationId, String reason) {
    }

    @PostMapping("/training/events/{id}/sessions/{sessionId}/recorded-attendance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Organisers: record after the fact that a participant attended (a paper list, a failed scanner), "
            + "once the session has started and with a reason; audited and marked as recorded later")
    Attendance.CheckIn recordLater(@PathVariable long id, @PathVariable long sessionId, @RequestBody RecordedAttendanceRequest request) {
        if (request.registrationId() == null) {
            throw InvalidInput.of("registrationId", "field.required");
        }
        return attendance.recordLater(id, sessionId, request.registrationId(), request.reason());
    }

    @PutMapping("/training/events/{id}/sessions/{sessionId}/online-attendance")
    @Operation(summary = "Set who attended the session online, once it has started")
    void online(@PathVariable long id, @PathVariable long sessionId, @RequestBody OnlineRequest request) {
        attendance.setOnline(id, sessionId, request.registrationIds() == null ? Set.of() : request.registrationIds());
    }

    @GetMapping("/training/events/{id}/tests/{kind}")
    @Operation(summary = "The test: organisers get the questions with the right answer of each (QuestionSet); a registered "
            + "participant gets the questions only (TestPaper), while their test is open; anyone else 403")
    Object questions(@PathVariable long id, @PathVariable Quizzes.Kind kind) {
        return quizzes.forCaller(id, kind);
    }

    @GetMapping("/training/registrations/{id}/tests/{kind}")
    @Operation(summary = "The participant's test without answers (TestPaper), while it is open: the pre-test until the first "
            + "session ends, the post-test from the start of the last session until seven days after it")
    TestPaper paper(@PathVariable long id, @PathVariable Quizzes.Kind kind) {
        return quizzes.paper(id, kind);
    }

    @PutMapping("/training/events/{id}/tests/{kind}")
    void setQuestions(@PathVariable long id, @PathVariable Quizzes.Kind kind, @RequestBody QuestionSet questions) {
        quizzes.setQuestions(id, kind, questions);
    }

    /** One option index per question; null for a question left unanswered (request lists refuse nulls elsewhere). */
    record Answers(@com.fasterxml.jackson.annotation.JsonSetter(contentNulls = com.fasterxml.jackson.annotation.Nulls.SET) List<Integer> answers) {
    }

    record Score(int score) {
    }

    @PostMapping("/training/registrations/{id}/tests/{kind}")
    @Operation(summary = "The participant's answers (option index per question), scored on the server; returns the score 0-100")
    Score take(@PathVariable long id, @PathVariable Quizzes.Kind kind, @RequestBody Answers answers) {
        return new Score(quizzes.take(id, kind, answers.answers()));
    }

    @PostMapping("/training/registrations/{id}/tests/{kind}/paper")
    void paper(@PathVariable long id, @PathVariable Quizzes.Kind kind, @RequestBody Score score) {
        quizzes.recordPaper(id, kind, score.score());
    }

    @GetMapping("/training/events/{id}/summary")
    Quizzes.Summary summary(@PathVariable long id) {
        return quizzes.summary(id);
    }

    @PostMapping("/training/events/{id}/certificates")
    @Operation(summary = "Issue certificates to everyone who completed (and passed where required); safe to repeat")
    Certificates.Issued issue(@PathVariable long id) {
        return certificates.issue(id);
    }

    @GetMapping("/public/certificates/{code}")
    @Operation(summary = "Public check of a certificate code (no sign-in)")
    Certificates.PublicCertificate verify(@PathVariable String code) {
        return certificates.verify(code, LocaleContextHolder.getLocale())
                .orElseThrow(() -> new id.naikkelas.common.NotFound("training_certificate", code));
    }
}
