package id.naikkelas.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A report asked for, from the page's form or the API. */
@Schema(description = "A program report or a yearly evaluation to build in the background")
public record ReportRequest(
        @Schema(description = "PROGRAM (one program's report) or YEAR (the yearly evaluation of the caller's jurisdiction or a region of it)",
                requiredMode = Schema.RequiredMode.REQUIRED) ReportKind kind,
        @Schema(description = "PDF (in words, with charts, in the language of Accept-Language) or XLSX (the raw tables, one sheet each)",
                requiredMode = Schema.RequiredMode.REQUIRED) ReportFormat format,
        @Schema(description = "The year evaluated (2000 to this year); the year before is compared with it", example = "2026",
                requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
        @Schema(description = "A province, regency or district code within the caller's jurisdiction; empty: all of it", example = "14.72")
        @Size(max = 13) String region,
        @Schema(description = "PROGRAM: the program's id") Long program) {
}
