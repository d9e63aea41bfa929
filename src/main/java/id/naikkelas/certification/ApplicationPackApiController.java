package id.naikkelas.certification;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * Application packs over the API. Kept apart from {@link ApplicationPackController} because only
 * {@code @RestController}s get errors as problem details rather than error pages.
 */
@RestController
@RequestMapping("/api/v1")
class ApplicationPackApiController {

    private final ApplicationPackDownloads downloads;

    ApplicationPackApiController(ApplicationPackDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/cases/{id}/packs/{system}")
    @Operation(summary = "The data an outside system's form asks for (OSS, SIHALAL, E_REG_BPOM), filled from the registry, "
            + "with the fields still missing and the documents to upload")
    Pack pack(@PathVariable long id, @PathVariable String system, Locale locale) {
        return downloads.pack(id, system, locale);
    }

    @GetMapping("/cases/{id}/packs/{system}.pdf")
    @Operation(summary = "The same pack as a printable A4 PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String system, Locale locale) {
        return ApplicationPackController.attachment(downloads.pdf(id, system, locale));
    }
}
