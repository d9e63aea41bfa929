package id.naikkelas.registry;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Merging two registry records of the same business, and undoing it (issue 16). */
@RestController
@Tag(name = "Registry", description = "Businesses (usaha), owners and their products")
class BusinessMergeApiController {

    /**
     * The record to absorb, the version of it the caller compared, and per field the side whose value the survivor
     * keeps ({@code survivor} or {@code absorbed}; unnamed fields keep the survivor's value unless it is empty).
     */
    record MergeRequest(Long absorbedId, Integer absorbedVersion, Map<String, String> keep) {
    }

    private final BusinessMerges merges;
    private final Businesses businesses;

    BusinessMergeApiController(BusinessMerges merges, Businesses businesses) {
        this.merges = merges;
        this.businesses = businesses;
    }

    @PostMapping("/api/v1/businesses/{id}/merge")
    @Operation(summary = "Merge another business of the same real business into this one; send this one's ETag as If-Match "
            + "and the other's version as absorbedVersion (officers with jurisdiction over both)")
    ResponseEntity<BusinessMerges.Merge> merge(@PathVariable("id") long survivorId, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @RequestBody MergeRequest request) {
        int version = IfMatch.version(ifMatch);
        if (request.absorbedId() == null) {
            throw id.naikkelas.common.InvalidInput.of("absorbedId", "field.required");
        }
        long id = merges.merge(survivorId, version, request.absorbedId(), request.absorbedVersion(), request.keep());
        var survivor = businesses.get(survivorId);
        return ResponseEntity.created(URI.create("/api/v1/business-merges/" + id)).eTag(IfMatch.etag(survivor.version())).body(merges.get(id));
    }

    @GetMapping("/api/v1/business-merges/{id}")
    @Operation(summary = "A merge: the records, the side kept per field, the rows moved per table, whether it can still be undone")
    BusinessMerges.Merge get(@PathVariable long id) {
        return merges.get(id);
    }

    @PostMapping("/api/v1/business-merges/{id}/undo")
    @Operation(summary = "Undo a merge within 30 days, unless something it moved has changed since (422 naming what)")
    BusinessMerges.Merge undo(@PathVariable long id) {
        merges.undo(id);
        return merges.get(id);
    }
}
