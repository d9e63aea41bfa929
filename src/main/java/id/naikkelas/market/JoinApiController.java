package id.naikkelas.market;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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

/**
 * Requests to take part in market events as JSON (ADR 0031): owners see the events open to their businesses and ask
 * ({@code /api/v1/listings/...}); the event's curators read and answer them ({@code /api/v1/curation/...}), the answer
 * carrying the request's version as {@code If-Match}. Another agency's or region's requests answer 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Event participation", description = "UMKM owners ask to take part in agencies' market events; curators accept or decline")
class JoinApiController {

    private static final String IF_MATCH = "If-Match";
    private static final String CURATORS = "hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')";

    private final JoinRequests joins;

    JoinApiController(JoinRequests joins) {
        this.joins = joins;
    }

    @GetMapping("/listings/events")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Upcoming events open for registration in the jurisdiction of the caller's verified businesses, with each business's standing")
    List<OpenEvent> openEvents() {
        return joins.openToMe();
    }

    @GetMapping("/listings/event-requests")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The caller's requests to take part in events, latest first, with the curators' answers")
    List<JoinRequestView> myRequests() {
        return joins.mine();
    }

    @PostMapping("/listings/event-requests")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Ask that one of the caller's businesses take part in an event (a note may say what it brings); "
            + "refused on marketEventId when closed, past its deadline or full, on businessId when outside the agency, taking part or already asked")
    ResponseEntity<JoinRequestView> ask(@RequestBody JoinForm form) {
        var view = joins.get(joins.ask(form));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/listings/event-requests/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One of the caller's requests to take part")
    ResponseEntity<JoinRequestView> myRequest(@PathVariable long id) {
        var view = joins.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/curation/events/{id}/requests")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Requests to take part in one of the agency's events from businesses in the caller's jurisdiction, waiting ones first")
    List<JoinRequestView> requests(@PathVariable long id) {
        return joins.ofEvent(id);
    }

    @PutMapping("/curation/event-requests/{id}/decision")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Accept a waiting request (the business takes part) or decline it with a reason; If-Match is the request's version")
    ResponseEntity<JoinRequestView> decide(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody JoinDecision decision) {
        joins.decide(id, IfMatch.version(ifMatch), decision);
        var view = joins.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
