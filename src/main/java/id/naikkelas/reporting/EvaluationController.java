package id.naikkelas.reporting;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/**
 * The yearly evaluation (or, with a program, the program report) as a file in the request: kept for links made before
 * reports were built in the background (ADR 0025); the page's buttons ask for a report job instead.
 */
@Controller
class EvaluationController {

    private final EvaluationFiles files;

    EvaluationController(EvaluationFiles files) {
        this.files = files;
    }

    @GetMapping("/laporan/evaluasi.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) String region,
                               @RequestParam(required = false) Long program) {
        return files.pdf(year, region, program, LocaleContextHolder.getLocale());
    }

    @GetMapping("/laporan/evaluasi.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam int year, @RequestParam(required = false) String region,
                                 @RequestParam(required = false) Long program) {
        return files.excel(year, region, program, LocaleContextHolder.getLocale());
    }

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
