package id.naikkelas.notification;

import id.naikkelas.common.IfMatch;
import id.naikkelas.identity.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/notification-templates")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Notification templates", description = "The texts of each kind of message, in Bahasa Indonesia and English (administrators)")
class TemplateApiController {

    private final Templates templates;
    private final Access access;

    TemplateApiController(Templates templates, Access access) {
        this.templates = templates;
        this.access = access;
    }

    record TemplateJson(String kind, List<String> params, String bodyId, String bodyEn, String whatsappName, String titleId, String titleEn) {

        static TemplateJson of(Template t) {
            return new TemplateJson(t.kind(), t.params(), t.bodyId(), t.bodyEn(), t.whatsappName(), t.titleId(), t.titleEn());
        }
    }

    @GetMapping
    @Operation(summary = "Every kind of message with its texts")
    List<TemplateJson> all() {
        return templates.all().stream().map(TemplateJson::of).toList();
    }

    @GetMapping("/{kind}")
    @Operation(summary = "One kind's texts (ETag: its version)")
    ResponseEntity<TemplateJson> get(@PathVariable String kind) {
        var t = templates.get(kind);
        return ResponseEntity.ok().eTag(IfMatch.etag(t.version())).body(TemplateJson.of(t));
    }

    @PostMapping("/{kind}/preview")
    @Operation(summary = "The texts as they would be sent, parameters shown as [name]; nothing is saved (422 for an unknown placeholder)")
    Map<String, String> preview(@PathVariable String kind, @RequestBody Templates.Change change) {
        return templates.preview(kind, change);
    }

    @PutMapping("/{kind}")
    @Operation(summary = "Change one kind's texts (If-Match: the version read; 422 names an unknown placeholder)")
    ResponseEntity<TemplateJson> put(@PathVariable String kind, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @RequestBody Templates.Change change) {
        var t = templates.update(kind, change, IfMatch.version(ifMatch), access.require().username());
        return ResponseEntity.ok().eTag(IfMatch.etag(t.version())).body(TemplateJson.of(t));
    }
}
