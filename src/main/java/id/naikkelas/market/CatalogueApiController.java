package id.naikkelas.market;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The catalogue as JSON: public reads under {@code /api/v1/catalogue} (a provincial marketplace or e-catalogue pulls
 * verified products without an account), and the owners' listings under {@code /api/v1/listings}, signed in.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Public catalogue of published UMKM products with badges verified from the permit register")
class CatalogueApiController {

    private final Catalogue catalogue;
    private final Listings listings;

    CatalogueApiController(Catalogue catalogue, Listings listings) {
        this.catalogue = catalogue;
        this.listings = listings;
    }

    @GetMapping("/catalogue/products")
    @Operation(summary = "Search published products (public): typo-tolerant words, filters, 20 a page, pages 1 to 50")
    CataloguePage search(@RequestParam(required = false) String q,
                         @Parameter(description = "BPOM food category code, e.g. 15.0") @RequestParam(required = false) String category,
                         @Parameter(description = "province (18) or regency (18.71) code") @RequestParam(required = false) String region,
                         @Parameter(description = "badges the product must all hold: HALAL, PIRT, BPOM_MD, SNI, EXPORT_READY")
                         @RequestParam(required = false) List<String> badge,
                         @RequestParam(required = false) Long program,
                         @RequestParam(defaultValue = "false") boolean speciality,
                         @Parameter(description = "slug of a published collection (ADR 0022), e.g. oleh-oleh-khas-kalimantan-tengah")
                         @RequestParam(required = false) String collection,
                         @RequestParam(defaultValue = "1") int page) {
        return catalogue.search(new CatalogueQuery(q, category, region, badge, program, speciality, collection), page);
    }

    @GetMapping("/catalogue/products/{id}")
    @Operation(summary = "A published product with its photos, badges, the business's story and programs (public)")
    ProductPage product(@PathVariable long id) {
        return catalogue.product(id);
    }

    @GetMapping("/catalogue/businesses/{id}")
    @Operation(summary = "A business with at least one published product (public): story, programs, awards, products")
    BusinessPage business(@PathVariable long id) {
        return catalogue.business(id);
    }

    @GetMapping("/listings")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The caller's products with their catalogue listings (an owner: their own businesses)")
    List<ListingView> mine() {
        return listings.mine();
    }

    @GetMapping("/listings/{productId}")
    @Operation(summary = "A product's catalogue listing, for whoever may edit its business")
    ResponseEntity<ListingView> listing(@PathVariable long productId) {
        var view = listings.listing(productId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/listings/{productId}")
    @Operation(summary = "Publish, unpublish or change a listing; send the ETag you read as If-Match (\"0\" before the first save)")
    ResponseEntity<ListingView> saveListing(@PathVariable long productId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody ListingForm form) {
        listings.save(productId, IfMatch.version(ifMatch), form);
        var view = listings.listing(productId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/listings/businesses/{businessId}")
    @Operation(summary = "A business's public profile (story, WhatsApp number shown or not), for whoever may edit the business")
    ResponseEntity<ProfileView> profile(@PathVariable long businessId) {
        var view = listings.profile(businessId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/listings/businesses/{businessId}")
    @Operation(summary = "Change a business's public profile; an empty WhatsApp number hides the contact link")
    ResponseEntity<ProfileView> saveProfile(@PathVariable long businessId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody BusinessProfileForm form) {
        listings.saveProfile(businessId, IfMatch.version(ifMatch), form);
        var view = listings.profile(businessId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
