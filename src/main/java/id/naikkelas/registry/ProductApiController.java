package id.naikkelas.registry;

import id.naikkelas.common.IfMatch;
import id.naikkelas.common.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry")
class ProductApiController {

    private final Products products;

    ProductApiController(Products products) {
        this.products = products;
    }

    @GetMapping("/products")
    @Operation(summary = "Search products by name (typo-tolerant) within the caller's jurisdiction")
    List<ProductSearchRow> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "25") int size) {
        return products.search(q, size);
    }

    @GetMapping("/products/{id}")
    ResponseEntity<ProductDetail> get(@PathVariable long id) {
        var detail = products.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @PutMapping("/products/{id}")
    @Operation(summary = "Replace a product's data; send the ETag you read as If-Match")
    ResponseEntity<ProductDetail> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         @RequestBody ProductData data) {
        products.update(id, IfMatch.version(ifMatch), data);
        var detail = products.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(detail.version())).body(detail);
    }

    @DeleteMapping("/products/{id}")
    @Operation(summary = "Withdraw a product (kept on record with its history)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable long id) {
        products.deactivate(id);
    }

    @PostMapping(value = "/products/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo (JPEG/PNG/GIF, checked by content, resized to at most 1024 px)")
    ResponseEntity<Void> addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo) {
        long photoId = products.addPhoto(id, Uploads.read(photo, Products.MAX_PHOTO_BYTES, "photo"));
        return ResponseEntity.created(URI.create("/foto/" + photoId)).build();
    }

    @PostMapping("/products/{id}/permits")
    @Operation(summary = "Record a permit the product already holds (number format checked per type)")
    @ResponseStatus(HttpStatus.CREATED)
    ProductDetail addPermit(@PathVariable long id, @RequestBody PermitData data) {
        products.addPermit(id, data);
        return products.get(id);
    }

    @DeleteMapping("/permits/{permitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePermit(@PathVariable long permitId) {
        products.removePermit(permitId);
    }
}
