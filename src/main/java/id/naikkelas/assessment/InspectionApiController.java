package id.naikkelas.assessment;

import id.naikkelas.common.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inspections API: the same rules as the pages (inspectors of the business's region fill in and
 * finish, the owner reads finished ones). A draft's answers are PUT item by item, idempotently, so
 * a client on a flaky connection can simply resend.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Facility inspections against versioned checklists, with live scoring, levels and reports")
class InspectionApiController {

    private final Inspections inspections;
    private final AssessmentDefinitions definitions;

    InspectionApiController(Inspections inspections, AssessmentDefinitions definitions) {
        this.inspections = inspections;
        this.definitions = definitions;
    }

    record StartInspection(long businessId, Long caseId, String templateCode) {
    }

    record AnswerInput(Answer answer, String note) {
    }

    record DetailsInput(int version, LocalDate inspectedOn, Long caseId) {
    }

    record CorrectionInput(String reason) {
    }

    @GetMapping("/checklists")
    @Operation(summary = "The newest version of every checklist (sections, items, deviation classes, conditions)")
    List<ChecklistTemplate> checklists() {
        return definitions.currentChecklists();
    }

    @GetMapping
    @Operation(summary = "A business's inspections, newest first, with the stored level for its trend (drafts only for inspectors)")
    List<InspectionRow> history(@RequestParam long businessId) {
        return inspections.history(businessId);
    }

    @PostMapping
    @Operation(summary = "Start a draft inspection with the newest checklist version (returns the caller's open draft if there is one)")
    ResponseEntity<InspectionView> start(@RequestBody StartInspection request) {
        long id = inspections.start(request.businessId(), request.caseId(), request.templateCode());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(inspections.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An inspection with its checklist version, answers, live result and corrective actions")
    InspectionView get(@PathVariable long id) {
        return inspections.get(id);
    }

    @PutMapping("/{id}/answers/{itemCode}")
    @Operation(summary = "Save one item's answer and note on a draft (idempotent); returns the live result, "
            + "whose hiddenItems say which conditional items now apply")
    InspectionSummary answer(@PathVariable long id, @PathVariable String itemCode, @RequestBody AnswerInput input) {
        return inspections.answer(id, itemCode, input.answer(), input.note()).summary();
    }

    @PostMapping(value = "/{id}/answers/{itemCode}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo to an item of a draft (JPEG, PNG, GIF or BMP; stored as a resized JPEG)")
    Map<String, Long> addPhoto(@PathVariable long id, @PathVariable String itemCode, @RequestParam("photo") MultipartFile photo)
            {
        return Map.of("id", inspections.addPhoto(id, itemCode, Uploads.read(photo, 10 * 1024 * 1024, "photo")));
    }

    @GetMapping(value = "/photos/{photoId}", produces = MediaType.IMAGE_JPEG_VALUE)
    @Operation(summary = "A photo of an inspection the caller may see")
    byte[] photo(@PathVariable long photoId) {
        return inspections.photo(photoId);
    }

    @PutMapping("/{id}/details")
    @Operation(summary = "Change a draft's date or certification case; send the version you read (409 when it changed)")
    InspectionView details(@PathVariable long id, @RequestBody DetailsInput input) {
        inspections.updateDetails(id, input.version(), input.inspectedOn(), input.caseId());
        return inspections.get(id);
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "Finish a draft whose shown items are all answered: raises corrective actions, stores the report "
            + "(idempotent: finishing again changes nothing)")
    InspectionView finish(@PathVariable long id) {
        return inspections.finish(id);
    }

    @PostMapping("/{id}/corrections")
    @Operation(summary = "Correct a finished inspection: a new draft version with the reason, which replaces it once finished")
    ResponseEntity<InspectionView> correct(@PathVariable long id, @RequestBody CorrectionInput input) {
        long correction = inspections.correct(id, input.reason());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + correction)).body(inspections.get(correction));
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The PDF report of a finished inspection (Bahasa Indonesia; English with Accept-Language: en)")
    byte[] report(@PathVariable long id, Locale locale) {
        return inspections.report(id, locale);
    }
}
