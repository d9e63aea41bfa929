package id.naikkelas.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Reference data", description = "Official Kemendagri region codes")
class RegionApiController {

    private final Regions regions;

    RegionApiController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "Provinces, or the children of the region given as parent (e.g. parent=14.72)")
    List<Region> children(@RequestParam(required = false) String parent) {
        return regions.children(parent);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region with its ancestors, province first")
    ResponseEntity<List<Region>> path(@PathVariable String code) {
        var path = regions.path(code);
        return path.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(path);
    }
}
