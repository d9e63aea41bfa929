package id.naikkelas.assessment;

import id.naikkelas.common.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

@RestController
@RequestMapping("/api/v1/corrective-actions")
@Tag(name = "Corrective actions", description = "Deviations to correct (CAPA): evidence, verification, closing by re-inspection")
class CorrectiveActionApiController {

    private final CorrectiveActions actions;

    CorrectiveActionApiController(CorrectiveActions actions) {
        this.actions = actions;
    }

    record VerificationInput(boolean accepted, String note) {
    }

    @GetMapping
    @Operation(summary = "Corrective actions the caller may see (the owner's own, or the jurisdiction's), by due date; "
            + "keyset pages: pass the previous page's 'next' as 'after'")
    ActionPage list(@RequestParam(defaultValue = "OPEN") ActionFilter filter, @RequestParam(required = false) Long businessId,
                    @RequestParam(required = false) String after, @RequestParam(defaultValue = "25") int size) {
        return actions.list(filter, businessId, after, size);
    }

    @GetMapping("/{id}")
    CorrectiveAction get(@PathVariable long id) {
        return actions.get(id);
    }

    @PostMapping(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit evidence of the correction: the owner, or on the owner's behalf a facilitator or officer of the business "
            + "(then a note is required, and the action shows evidence.onBehalf with evidence.byName): a photo or a PDF, at most 10 MB")
    CorrectiveAction submitEvidence(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                    @RequestParam(required = false) String note) {
        actions.submitEvidence(id, Uploads.fileName(file), Uploads.read(file, 10 * 1024 * 1024, "file"), note);
        return actions.get(id);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The submitted evidence file")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        var file = actions.evidence(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Accept the evidence, or send it back with a note (facilitator or officer of the region)")
    CorrectiveAction verify(@PathVariable long id, @RequestBody VerificationInput input) {
        actions.verify(id, input.accepted(), input.note());
        return actions.get(id);
    }
}
