package id.naikkelas.programs;

import id.naikkelas.common.IfMatch;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.nio.charset.StandardCharsets;

/** A partner's MoU in a program, for programs. */
@RestController
@Tag(name = "Programs")
class MouApiController {

    private final PartnerMous mous;

    MouApiController(PartnerMous mous) {
        this.mous = mous;
    }

    @GetMapping("/api/v1/programs/{id}/partners/{agency}/mou")
    @Operation(summary = "A partner's MoU in a program: term, scope, document name, whether in force (ETag: its version)")
    ResponseEntity<PartnerMous.MouView> get(@PathVariable long id, @PathVariable long agency) {
        var mou = mous.get(id, agency);
        return ResponseEntity.ok().eTag("\"" + mou.version() + "\"").body(mou);
    }

    @PutMapping("/api/v1/programs/{id}/partners/{agency}/mou")
    @Operation(summary = "Set the MoU's scope (regions within the program's, activities); send the version read as If-Match")
    PartnerMous.MouView scope(@PathVariable long id, @PathVariable long agency, @RequestHeader("If-Match") String version,
                              @RequestBody PartnerMous.Scope scope) {
        mous.saveScope(id, agency, IfMatch.version(version), scope);
        return mous.get(id, agency);
    }

    @PostMapping(value = "/api/v1/programs/{id}/partners/{agency}/mou/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the signed MoU (PDF, up to 10 MB); it replaces the previous one")
    PartnerMous.MouView uploadApi(@PathVariable long id, @PathVariable long agency, @RequestParam("document") MultipartFile document) {
        mous.attachDocument(id, agency, Uploads.fileName(document), Uploads.read(document, PartnerMous.MAX_DOCUMENT, "document"));
        return mous.get(id, agency);
    }

    @GetMapping("/api/v1/programs/{id}/partners/{agency}/mou/document")
    @Operation(summary = "The signed MoU (PDF)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long agency) {
        var document = mous.document(id, agency);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
