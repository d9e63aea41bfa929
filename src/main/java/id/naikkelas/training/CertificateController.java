package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;

/** Certificates: issuing them for an event, the participant's PDF, and the public check of a code. */
@Controller
class CertificateController {

    private final Certificates certificates;
    private final CertificatePdf pdf;

    CertificateController(Certificates certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @PostMapping("/pelatihan/{id}/sertifikat")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var issued = certificates.issue(id);
            redirect.addFlashAttribute("issued", issued);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + id + "#peserta";
    }

    @GetMapping("/pelatihan/pendaftaran/{rid}/sertifikat.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long rid) {
        var locale = LocaleContextHolder.getLocale();
        var certificate = certificates.ofRegistration(rid, locale);
        byte[] body = pdf.render(certificate, verifyUrl(certificate.code()), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sertifikat-" + certificate.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The public check of a certificate code, printed on the certificate with its QR code. */
    @GetMapping({"/sertifikat", "/sertifikat/{code}"})
    String verify(@PathVariable(required = false) String code, @RequestParam(name = "kode", required = false) String typed, Model model) {
        String wanted = code != null ? code : typed;
        model.addAttribute("code", wanted);
        if (wanted != null && !wanted.isBlank()) {
            model.addAttribute("certificate", certificates.verify(wanted, LocaleContextHolder.getLocale()).orElse(null));
            model.addAttribute("searched", true);
        }
        return "training/verify";
    }

    static String verifyUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/sertifikat/{code}").buildAndExpand(code).toUriString();
    }
}
