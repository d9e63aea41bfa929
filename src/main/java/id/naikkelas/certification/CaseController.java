package id.naikkelas.certification;

import id.naikkelas.common.Uploads;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.SearchCriteria;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Pages of the certification capability: requirements, cases and their steps. */
@Controller
class CaseController {

    private final Cases cases;
    private final Requirements requirements;
    private final Businesses businesses;
    private final Access access;
    private final PathwayTemplates templates;
    private final StepWords stepWords;

    CaseController(Cases cases, Requirements requirements, Businesses businesses, Access access, PathwayTemplates templates,
                   StepWords stepWords) {
        this.stepWords = stepWords;
        this.cases = cases;
        this.requirements = requirements;
        this.businesses = businesses;
        this.access = access;
        this.templates = templates;
    }

    @GetMapping("/produk/{productId}/izin")
    String productRequirements(@PathVariable long productId,
                               @RequestParam(name = "per", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Model model) {
        model.addAttribute("requirements", java.util.List.of(requirements.forProduct(productId, asOf)));
        model.addAttribute("single", true);
        return "certification/requirements";
    }

    /** The owner's overview: every product of every own business, what it needs and the next step. */
    @GetMapping("/izin-saya")
    String myPermits(Model model) {
        var me = access.require();
        if (!me.has(Role.OWNER)) {
            return "redirect:/kasus";
        }
        var all = businesses.search(SearchCriteria.all(), null, 100).items().stream()
                .flatMap(b -> requirements.forBusiness(b.id()).stream()).toList();
        model.addAttribute("requirements", all);
        model.addAttribute("single", false);
        return "certification/requirements";
    }

    /** @param voluntary the person confirmed starting a permit the rules do not ask for ("ajukan sukarela") */
    @PostMapping("/kasus")
    String open(@RequestParam long productId, @RequestParam PermitType permit, @RequestParam(required = false) Route route,
                @RequestParam(defaultValue = "false") boolean voluntary, RedirectAttributes redirect) {
        try {
            return "redirect:/kasus/" + cases.open(productId, permit, route, voluntary);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/produk/" + productId + "/izin";
        }
    }

    /** A competency case (BNSP) for the owner or a worker, started from the business page: a person's credential. */
    @PostMapping("/usaha/{businessId}/kompetensi")
    String openForPerson(@PathVariable long businessId, @RequestParam(required = false) String personName,
                         @RequestParam(required = false) CredentialHolder personRole, RedirectAttributes redirect) {
        try {
            return "redirect:/kasus/" + cases.openForPerson(businessId, personName, personRole);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/usaha/" + businessId + "#kompetensi";
        }
    }

    /** Cases a page: light on a phone, and the most urgent come first anyway. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/kasus")
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int number = Math.max(0, page);
        var rows = cases.list(status, overdue, null, PAGE_SIZE + 1, number * PAGE_SIZE);
        var shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        model.addAttribute("cases", shown);
        // the step a case waits on, by its title as the case page shows it
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("stepTitles", shown.stream().filter(k -> k.currentStep() != null)
                .collect(java.util.stream.Collectors.toMap(CaseRow::id, k -> stepWords.title(k.currentStep(), locale))));
        model.addAttribute("page", number);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        return "certification/cases";
    }

    @GetMapping("/kasus/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("c", cases.get(id));
        model.addAttribute("documentTypes", templates.documentTypes());
        return "certification/case";
    }

    @PostMapping("/kasus/{id}/langkah/{step}")
    String complete(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reference,
                    @RequestParam(required = false) Integer inspectionLevel, @RequestParam(required = false) String facilitator,
                    @RequestParam(required = false) String permitNumber,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String nib,
                    java.util.Locale locale, RedirectAttributes redirect) {
        try {
            cases.complete(id, step, new StepInput(reference, inspectionLevel, facilitator, permitNumber, issuedOn, expiresOn, note, nib));
            redirect.addFlashAttribute("notice", "certification.case.stepDone");
        } catch (StepBlocked e) {
            // plain texts: flash attributes live in the database-backed session and must serialise
            redirect.addFlashAttribute("blocked", e.failures().stream().map(f -> f.text(locale)).toList());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/kasus/" + id;
    }

    /** Takes the halal route the product's facts now lead to, offered on the case page until the application is filed. */
    @PostMapping("/kasus/{id}/jalur")
    String switchRoute(@PathVariable long id, @RequestParam(required = false) Route route, @RequestParam int version,
                       RedirectAttributes redirect) {
        try {
            cases.switchRoute(id, route, version);
            redirect.addFlashAttribute("notice", "certification.route.switched");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/kasus/" + id;
    }

    @PostMapping("/kasus/{id}/dokumen")
    String upload(@PathVariable long id, @RequestParam String documentType, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) {
        try {
            cases.upload(id, documentType, Uploads.fileName(file),
                    Uploads.read(file, CaseDocuments.MAX_BYTES, "file"));
            redirect.addFlashAttribute("notice", "certification.document.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/kasus/" + id + "#dokumen";
    }

    @GetMapping("/kasus/{id}/dokumen/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        var file = cases.download(id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/kasus/{id}/komentar")
    String comment(@PathVariable long id, @RequestParam String body, RedirectAttributes redirect) {
        try {
            cases.comment(id, body);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/kasus/" + id + "#diskusi";
    }
}
