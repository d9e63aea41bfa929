package id.naikkelas.certification;

import id.naikkelas.common.IfMatch;
import id.naikkelas.common.Today;
import id.naikkelas.common.Uploads;
import id.naikkelas.registry.PermitRegister;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PublicPermit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Certification", description = "Permit requirements, certification cases and the permit register")
class CaseApiController {

    private final Cases cases;
    private final Requirements requirements;
    private final PermitRegister register;
    private final Today today;
    private final org.springframework.context.MessageSource messages;

    CaseApiController(Cases cases, Requirements requirements, PermitRegister register, org.springframework.context.MessageSource messages, Today today) {
        this.today = today;
        this.messages = messages;
        this.cases = cases;
        this.requirements = requirements;
        this.register = register;
    }

    /** @param voluntary true to start a permit the rules do not ask for (exempt or not applicable) on purpose */
    record OpenCase(long productId, PermitType permit, Route route, Boolean voluntary) {
    }

    record RouteChoice(Route route) {
    }

    @GetMapping("/products/{id}/requirements")
    @Operation(summary = "Which permits the product needs (required/recommended) and why, with progress")
    ProductRequirements requirements(@PathVariable long id,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return requirements.forProduct(id, asOf);
    }

    @PostMapping("/cases")
    @Operation(summary = "Open a case for a product and permit (returns the open one if it exists)",
            description = "A permit the rules do not ask for (exempt, not applicable) is opened only with voluntary=true; "
                    + "the case then shows voluntary=true, as it does for a recommended permit.")
    ResponseEntity<CaseView> open(@RequestBody OpenCase request) {
        long id = cases.open(request.productId(), request.permit(), request.route(), Boolean.TRUE.equals(request.voluntary()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(cases.get(id));
    }

    /** @param personRole OWNER or WORKER; a blank personName for the OWNER takes the owner's registered name */
    record OpenCredential(@jakarta.validation.constraints.Size(max = 200) String personName, CredentialHolder personRole) {
    }

    @PostMapping("/businesses/{id}/competency-cases")
    @Operation(summary = "Open a competency case (BNSP, assessed by an LSP) for the owner or a worker of the business",
            description = "A person's credential, not a product's; returns the person's open case if there is one. "
                    + "The person's training certificates on the platform count as the training certificate it asks for.")
    ResponseEntity<CaseView> openForPerson(@PathVariable long id, @RequestBody OpenCredential request) {
        long caseId = cases.openForPerson(id, request.personName(), request.personRole());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(cases.get(caseId));
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases visible to the caller, open and most urgent first, 200 a page (page=0, 1, ...)")
    List<CaseRow> list(@RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "false") boolean overdue,
                       @RequestParam(required = false) Long businessId, @RequestParam(defaultValue = "0") int page) {
        return cases.list(status, overdue, businessId, 200, Math.max(0, page) * 200);
    }

    @GetMapping("/cases/{id}")
    CaseView get(@PathVariable long id) {
        return cases.get(id);
    }

    @PostMapping("/cases/{id}/steps/{step}/complete")
    @Operation(summary = "Mark the current step done; refused with the failing guards explained",
            description = "Answers where the case stands now (status, current step, due date), as the case list shows it; "
                    + "GET /api/v1/cases/{id} gives the whole case.")
    CaseRow complete(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepInput input) {
        return cases.completeAndShow(id, step, input == null ? StepInput.none() : input);
    }

    @PostMapping("/cases/{id}/route")
    @Operation(summary = "Switch an unfiled case to the halal route the product's facts now lead to (routeOffer of GET /cases/{id})",
            description = "Send the case's version as If-Match. Refused (422 on route) after the application is filed or when "
                    + "the route is not the one offered; 409 when the case changed meanwhile.")
    CaseView switchRoute(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                         @RequestBody RouteChoice choice) {
        cases.switchRoute(id, choice == null ? null : choice.route(), IfMatch.version(ifMatch));
        return cases.get(id);
    }

    @PostMapping(value = "/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a PDF, JPEG or PNG for a document type (checked by content, at most 10 MB)")
    CaseView upload(@PathVariable long id, @RequestParam String documentType, @RequestParam("file") MultipartFile file) {
        cases.upload(id, documentType, Uploads.fileName(file), Uploads.read(file, CaseDocuments.MAX_BYTES, "file"));
        return cases.get(id);
    }

    @PostMapping("/cases/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    void comment(@PathVariable long id, @RequestBody Map<String, String> body) {
        cases.comment(id, body.get("body"));
    }

    @GetMapping("/permits/expiring")
    @Operation(summary = "Permits in the caller's view expiring within the given days")
    List<PermitRegister.ExpiringPermit> expiring(@RequestParam(defaultValue = "90") int days) {
        return register.expiring(Math.max(0, Math.min(days, 730)), this.today.date());
    }

    @GetMapping("/public/permits")
    @Operation(summary = "Public check of a permit number (no personal data)")
    List<PublicPermit> verify(@RequestParam String number) {
        return register.verify(number, this.today.date());
    }

    @ExceptionHandler(StepBlocked.class)
    ProblemDetail blocked(StepBlocked e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(messages.getMessage("certification.case.blocked", null, locale));
        problem.setProperty("errors", e.failures().stream()
                .map(f -> Map.of("field", "step", "code", f.messageKey(), "message", f.text(locale))).toList());
        return problem;
    }
}
