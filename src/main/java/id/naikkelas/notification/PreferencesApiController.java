package id.naikkelas.notification;

import id.naikkelas.common.IfMatch;
import id.naikkelas.identity.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/notification-preferences")
@Tag(name = "Inbox", description = "The caller's own messages on the platform")
class PreferencesApiController {

    private final Preferences preferences;
    private final Templates templates;
    private final Access access;

    PreferencesApiController(Preferences preferences, Templates templates, Access access) {
        this.preferences = preferences;
        this.templates = templates;
        this.access = access;
    }

    /** {@code turnedOff}: "kind/EMAIL" or "kind/WHATSAPP" the caller does not want; the inbox is always on. */
    record PreferencesJson(List<String> kinds, Set<String> turnedOff, LocalTime quietFrom, LocalTime quietUntil) {
    }

    @GetMapping
    @Operation(summary = "The caller's channels per kind and quiet hours (ETag: the version to send back as If-Match)")
    ResponseEntity<PreferencesJson> get() {
        var choice = preferences.of(access.require().username());
        return ResponseEntity.ok().eTag(IfMatch.etag(choice.version()))
                .body(new PreferencesJson(kinds(), new TreeSet<>(choice.turnedOff()), choice.quietFrom(), choice.quietUntil()));
    }

    @PutMapping
    @Operation(summary = "Change the caller's choices (If-Match: the version read, \"0\" before the first save)")
    ResponseEntity<PreferencesJson> put(@RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody PreferencesJson body) {
        int version = IfMatch.version(ifMatch);
        String me = access.require().username();
        preferences.save(me, body.turnedOff() == null ? Set.of() : body.turnedOff(), body.quietFrom(), body.quietUntil(), version,
                kinds().stream().collect(Collectors.toSet()));
        return get();
    }

    private List<String> kinds() {
        return templates.all().stream().map(Template::kind).toList();
    }
}
