package id.naikkelas.market;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Agency curation as JSON (ADR 0022): featured products, collections and market events with their participants under
 * {@code /api/v1/curation} for an agency's officers, program managers and administrators (another agency's rows answer
 * 404), every change carrying the version read as {@code If-Match}; and what the public sees of them under
 * {@code /api/v1/catalogue}, without an account.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Curation", description = "Agencies' featured products, collections and market events (bazaar, expo, business matching, pameran)")
class CurationApiController {

    private static final String IF_MATCH = "If-Match";
    private static final String CURATORS = "hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')";

    private final Featured featured;
    private final Collections collections;
    private final MarketEvents events;
    private final CuratedChoices choices;

    CurationApiController(Featured featured, Collections collections, MarketEvents events, CuratedChoices choices) {
        this.featured = featured;
        this.collections = collections;
        this.events = events;
        this.choices = choices;
    }

    // ---- the public --------------------------------------------------------------------------------------------------

    @GetMapping("/catalogue/featured")
    @Operation(summary = "Products agencies feature today, per agency (public): only published ones within the agency's jurisdiction")
    List<FeaturedGroup> showcase() {
        return featured.showcase();
    }

    @GetMapping("/catalogue/collections")
    @Operation(summary = "Published collections with at least one public product, latest change first (public)")
    List<CollectionCard> publishedCollections() {
        return collections.published(Collections.CHOICES);
    }

    @GetMapping("/catalogue/collections/{slug}")
    @Operation(summary = "A published collection with its public products in order (public)")
    CollectionPage collection(@PathVariable String slug) {
        return collections.page(slug);
    }

    @GetMapping("/catalogue/events")
    @Operation(summary = "Public market events: upcoming (soonest first) and past (latest first), fifty of each at most")
    MarketEvents.Calendar publishedEvents() {
        return events.published();
    }

    @GetMapping("/catalogue/events/{id}")
    @Operation(summary = "A public market event with its participating UMKM, their stands and published products")
    EventPage event(@PathVariable long id) {
        return events.page(id);
    }

    // ---- curators: what may be chosen -------------------------------------------------------------------------------

    @GetMapping("/curation/products")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Published products within the caller's and their agency's jurisdiction, by part of a name (20 at most)")
    List<ListingCard> candidates(@RequestParam(required = false) String q) {
        return choices.products(q);
    }

    @GetMapping("/curation/businesses")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Verified businesses within the caller's and their agency's jurisdiction, by part of the name (20 at most)")
    List<CuratedChoices.BusinessChoice> businesses(@RequestParam(required = false) String q) {
        return choices.businesses(q);
    }

    // ---- featured products -------------------------------------------------------------------------------------------

    @GetMapping("/curation/featured")
    @PreAuthorize(CURATORS)
    @Operation(summary = "The caller's agency's featured products, each saying whether the public sees it today")
    List<FeaturedView> featured() {
        return featured.mine();
    }

    @PostMapping("/curation/featured")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Feature a published product of the agency's jurisdiction, optionally until a date")
    ResponseEntity<FeaturedView> feature(@RequestBody FeaturedForm form) {
        var view = featured.get(featured.add(form));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/curation/featured/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Change the date until which a product is featured (none: until removed); send the ETag as If-Match")
    ResponseEntity<FeaturedView> changeFeatured(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @RequestBody FeaturedForm form) {
        featured.change(id, IfMatch.version(ifMatch), form.until());
        var view = featured.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @DeleteMapping("/curation/featured/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Stop featuring a product; send the ETag as If-Match")
    ResponseEntity<Void> unfeature(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        featured.remove(id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // ---- collections -------------------------------------------------------------------------------------------------

    @GetMapping("/curation/collections")
    @PreAuthorize(CURATORS)
    @Operation(summary = "The caller's agency's collections, published and drafts")
    List<CollectionSummary> collections() {
        return collections.mine();
    }

    @PostMapping("/curation/collections")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Create a collection for the caller's agency (slug made from the title when empty)")
    ResponseEntity<CollectionView> createCollection(@RequestBody CollectionForm form) {
        var view = collections.get(collections.create(form));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/curation/collections/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "One of the agency's collections with every product, shown or hidden today")
    ResponseEntity<CollectionView> collection(@PathVariable long id) {
        var view = collections.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/curation/collections/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Replace a collection (its products in order too); send the ETag as If-Match")
    ResponseEntity<CollectionView> saveCollection(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @RequestBody CollectionForm form) {
        collections.save(id, IfMatch.version(ifMatch), form);
        var view = collections.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @DeleteMapping("/curation/collections/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Delete a collection; send the ETag as If-Match")
    ResponseEntity<Void> deleteCollection(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        collections.delete(id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // ---- market events -----------------------------------------------------------------------------------------------

    @GetMapping("/curation/events")
    @PreAuthorize(CURATORS)
    @Operation(summary = "The caller's agency's market events, drafts too, latest first")
    List<EventCard> events() {
        return events.mine();
    }

    @PostMapping("/curation/events")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Create a market event of the caller's agency in a region of its jurisdiction")
    ResponseEntity<MarketEventView> createEvent(@RequestBody MarketEventForm form) {
        var view = events.get(events.create(form));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/curation/events/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "One of the agency's events with its participants and the products each may bring")
    ResponseEntity<MarketEventView> curatedEvent(@PathVariable long id) {
        var view = events.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/curation/events/{id}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Change an event; send the ETag as If-Match")
    ResponseEntity<MarketEventView> saveEvent(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody MarketEventForm form) {
        events.save(id, IfMatch.version(ifMatch), form);
        var view = events.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/curation/events/{id}/participants/{businessId}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Add a UMKM of the jurisdiction to an event, or change its stand and products; If-Match is the event's version")
    ResponseEntity<MarketEventView> saveParticipant(@PathVariable long id, @PathVariable long businessId,
                                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody ParticipantForm form) {
        events.saveParticipant(id, IfMatch.version(ifMatch), new ParticipantForm(businessId, form.booth(), form.productIds()));
        var view = events.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @DeleteMapping("/curation/events/{id}/participants/{businessId}")
    @PreAuthorize(CURATORS)
    @Operation(summary = "Take a UMKM off an event; If-Match is the event's version")
    ResponseEntity<MarketEventView> removeParticipant(@PathVariable long id, @PathVariable long businessId,
                                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        events.removeParticipant(id, IfMatch.version(ifMatch), businessId);
        var view = events.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
