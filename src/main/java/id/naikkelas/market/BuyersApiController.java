package id.naikkelas.market;

import id.naikkelas.common.IfMatch;
import id.naikkelas.common.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
 * Buyer organisations as JSON: a buyer registers itself without an account ({@code POST /api/v1/buyer-registrations},
 * limited per address), and officers list the buyers of their regions and verify or refuse them. Another region's
 * buyer answers 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Buyers", description = "Buyer organisations' self-registration and the officers' verification")
class BuyersApiController {

    private final BuyerRegistration registration;
    private final Buyers buyers;

    BuyersApiController(BuyerRegistration registration, Buyers buyers) {
        this.registration = registration;
        this.buyers = buyers;
    }

    /** What a registration answers: the new account and that it waits for the officer of its regency. */
    record Registered(long userId, String username, BuyerStatus status) {
    }

    @PostMapping("/buyer-registrations")
    @Operation(summary = "Register a buyer organisation and its account (public); it signs in at once but may ask for quotes only "
            + "once an officer of its regency verified it. Problems come back per field (422)")
    ResponseEntity<Registered> register(@RequestBody BuyerRegistrationForm form, HttpServletRequest request) {
        long id = registration.register(form, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Registered(id, form.username().strip().toLowerCase(java.util.Locale.ROOT), BuyerStatus.WAITING));
    }

    @GetMapping("/buyers")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    @Operation(summary = "Buyer organisations of the caller's regions, those waiting for a decision first (at most 200)")
    List<BuyerRow> list() {
        return buyers.ofMyRegions();
    }

    @GetMapping("/buyers/{userId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    @Operation(summary = "One buyer organisation of the caller's regions with its contact person; the ETag is its version")
    ResponseEntity<BuyerRow> one(@PathVariable long userId) {
        var row = buyers.ofMyRegions(userId);
        return ResponseEntity.ok().eTag(IfMatch.etag(row.version())).body(row);
    }

    @PutMapping("/buyers/{userId}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    @Operation(summary = "Verify a buyer organisation, or refuse it with a reason the buyer reads; If-Match is its version")
    ResponseEntity<BuyerRow> decide(@PathVariable long userId, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody BuyerDecisionForm form) {
        InvalidInput.check(form);
        if (form.verify()) {
            buyers.verify(userId, IfMatch.version(ifMatch));
        } else {
            buyers.reject(userId, IfMatch.version(ifMatch), form.reason());
        }
        var row = buyers.ofMyRegions(userId);
        return ResponseEntity.ok().eTag(IfMatch.etag(row.version())).body(row);
    }
}
