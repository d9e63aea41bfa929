package id.naikkelas.training;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The organisers' participant list as an Excel file. */
@Controller
class ParticipantExportController {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final ParticipantExport export;

    ParticipantExportController(TrainingEvents events, Registrations registrations, ParticipantExport export) {
        this.events = events;
        this.registrations = registrations;
        this.export = export;
    }

    @GetMapping("/pelatihan/{id}/peserta.xlsx")
    void exportParticipants(@PathVariable long id, HttpServletResponse response) throws IOException {
        var event = events.get(id);
        var all = registrations.ofEvent(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("peserta-pelatihan-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(event, all, response.getOutputStream(), LocaleContextHolder.getLocale());
    }
}
