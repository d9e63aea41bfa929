package id.naikkelas.assessment;

import id.naikkelas.common.Uploads;
import id.naikkelas.common.InvalidInput;
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

/**
 * The administrator's screen for checklists and level tables: every published version, its YAML
 * to download, edit and import as a new version, and what the data says is unconfirmed.
 * Under /admin, which only administrators reach; the service checks again.
 */
@Controller
class DefinitionAdminController {

    private final AssessmentDefinitions definitions;

    DefinitionAdminController(AssessmentDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/admin/penilaian")
    String list(Model model) {
        var versions = definitions.versions();
        model.addAttribute("checklists", versions.stream().filter(v -> v.kind() == DefinitionKind.CHECKLIST).toList());
        model.addAttribute("levelRules", versions.stream().filter(v -> v.kind() == DefinitionKind.LEVEL_RULE).toList());
        return "assessment/definitions";
    }

    @GetMapping("/admin/penilaian/{kind}/{code}/{version}")
    ResponseEntity<String> export(@PathVariable DefinitionKind kind, @PathVariable String code, @PathVariable int version) {
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-v" + version + ".yml").build().toString())
                .body(definitions.export(kind, code, version));
    }

    @PostMapping("/admin/penilaian")
    String publish(@RequestParam DefinitionKind kind, @RequestParam(required = false) String yaml,
                   @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        String text = file != null && !file.isEmpty() ? new String(Uploads.read(file, 1024 * 1024, "file"), StandardCharsets.UTF_8) : yaml;
        try {
            var published = definitions.publish(kind, text);
            redirect.addFlashAttribute("notice", published.isNew() ? "assessment.definition.published" : "assessment.definition.unchanged");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            redirect.addFlashAttribute("yamlInput", text);
            redirect.addFlashAttribute("kindInput", kind);
        }
        return "redirect:/admin/penilaian";
    }
}
