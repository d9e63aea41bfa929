package id.naikkelas.reporting;

import org.springframework.http.MediaType;

/** A report as a PDF (in words, with charts) or as an Excel workbook (the raw tables, one sheet each). */
public enum ReportFormat {
    PDF("pdf", MediaType.APPLICATION_PDF),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    final String extension;
    final MediaType mediaType;

    ReportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }
}
