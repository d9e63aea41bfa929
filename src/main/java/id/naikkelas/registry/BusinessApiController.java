package id.naikkelas.registry;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Registry API. Updates need the version the client read (ETag / If-Match), so a concurrent
 * change is answered with 412 instead of being overwritten.
 */
@RestController
@RequestMapping("/api/v1/businesses")
@Tag(name = "Registry", description = "Businesses (usaha), owners and their products")
class BusinessApiController {

    private final Businesses businesses;
    private final Products products;

    BusinessApiController(Businesses businesses, Products products) {
        this.businesses = businesses;
        this.products = products;
    }

    @GetMapping
    @Operation(summary = "Search businesses in the caller's jurisdiction (typo-tolerant name search, exact NIB, filters, keyset pages)")
    Page<BusinessRow> search(@RequestParam(required = false) String q, @RequestParam(required = false) String nib,
                             @RequestParam(required = false) String region, @RequestParam(required = false) Sector sector,
                             @RequestParam(required = false) BusinessScale scale, @RequestParam(required = false) BusinessStatus status,
                             @RequestParam(required = false) PermitType held, @RequestParam(required = false) PermitType missing,
                             @RequestParam(required = false) String after, @RequestParam(defaultValue = "25") int size) {
        return businesses.search(new SearchCriteria(q, null, nib, region, sector, scale, status, held, missing), after, size);
    }

    /** Search with the criteria in the body, the only way to search by NIK: personal data stays out of URLs and logs. */
    @PostMapping("/search")
    @Operation(summary = "Search with criteria in the body (also by exact NIK)")
    Page<BusinessRow> searchPosted(@RequestBody SearchCriteria criteria, @RequestParam(required = false) String after,
                                   @RequestParam(defaultValue = "25") int size) {
        return businesses.search(criteria, after, size);
    }

    @PostMapping
    @Operation(summary = "Register a business (as a draft awaiting verification)")
    ResponseEntity<BusinessDetail> create(@RequestBody BusinessData data) {
        long id = businesses.register(data, null);
        var detail = businesses.get(id);
        return ResponseEntity.created(URI.create("/api/v1/businesses/" + id)).eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A business with its owner (NIK masked unless the caller may see it), products and permits")
    ResponseEntity<BusinessDetail> get(@PathVariable long id) {
        var detail = businesses.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a business's data; send the ETag you read as If-Match")
    ResponseEntity<BusinessDetail> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestBody BusinessData data) {
        businesses.update(id, IfMatch.version(ifMatch), data);
        var detail = businesses.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify a business (officers of its region)")
    BusinessDetail verify(@PathVariable long id) {
        businesses.verify(id);
        return businesses.get(id);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}")
    @Operation(summary = "Mark a business inactive (officers of its region); records are never erased here")
    BusinessDetail deactivate(@PathVariable long id) {
        businesses.deactivate(id);
        return businesses.get(id);
    }

    @GetMapping("/{id}/products")
    @Operation(summary = "Products of a business")
    java.util.List<ProductRow> products(@PathVariable long id) {
        return businesses.get(id).products();
    }

    @PostMapping("/{id}/products")
    @Operation(summary = "Add a product to a business")
    ResponseEntity<ProductDetail> addProduct(@PathVariable long id, @RequestBody ProductData data) {
        long productId = products.create(id, data);
        var detail = products.get(productId);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/products/" + productId))
                .eTag(IfMatch.etag(detail.version())).body(detail);
    }
}
