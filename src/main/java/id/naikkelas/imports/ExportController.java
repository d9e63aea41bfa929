package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.SearchCriteria;
import id.naikkelas.registry.Sector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The registry list as Excel, with the search page's filters (the page links here with its current
 * criteria). NIK is not a filter here: personal data stays out of URLs.
 */
@RestController
@Tag(name = "Import and export")
class ExportController {

    private final RegistryExport export;
    private final Today today;

    ExportController(RegistryExport export, Today today) {
        this.today = today;
        this.export = export;
    }

    @GetMapping({"/usaha/ekspor.xlsx", "/api/v1/businesses/export.xlsx"})
    @Operation(summary = "The registry list in the caller's jurisdiction as .xlsx, with the search filters; NIK masked unless the caller verifies identities in the region")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String nib,
                @RequestParam(required = false) String region, @RequestParam(required = false) Sector sector,
                @RequestParam(required = false) BusinessScale scale, @RequestParam(required = false) BusinessStatus status,
                @RequestParam(required = false) PermitType held, @RequestParam(required = false) PermitType missing,
                HttpServletResponse response) throws IOException {
        Downloads.excel(response, "data-umkm-" + today.date());
        export.write(new SearchCriteria(blankToNull(q), null, blankToNull(nib), blankToNull(region), sector, scale, status, held, missing),
                response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
