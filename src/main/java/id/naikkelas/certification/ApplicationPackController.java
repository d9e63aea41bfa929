package id.naikkelas.certification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Downloads of a case's application packs from the case page (links under the steps). */
@Controller
class ApplicationPackController {

    private final ApplicationPackDownloads downloads;

    ApplicationPackController(ApplicationPackDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/kasus/{id}/paket/{system}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String system, Locale locale) {
        return attachment(downloads.pdf(id, system, locale));
    }

    @GetMapping("/kasus/{id}/paket/{system}.zip")
    ResponseEntity<byte[]> zip(@PathVariable long id, @PathVariable String system, Locale locale) {
        return attachment(downloads.zip(id, system, locale));
    }

    static ResponseEntity<byte[]> attachment(ApplicationPackDownloads.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }
}
