package id.naikkelas.training;

import id.naikkelas.common.Labels;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The participant list of an event as an Excel file: who, for which business, status, sessions, scores, outcome. */
@Component
class ParticipantExport {

    private static final List<String> COLUMNS = List.of("participant", "business", "status", "attended", "pre", "post",
            "improvement", "outcome", "certificate", "shortCode", "recordedLater");

    private final MessageSource messages;

    ParticipantExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(EventView event, List<RegistrationView> registrations, OutputStream out, Locale locale) throws IOException {
        var workbook = new Workbook(out, "Naik Kelas", "1.0");
        var sheet = workbook.newWorksheet(text("training.export.sheet", locale));
        sheet.inlineString(0, 0, event.topic());
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.inlineString(1, c, text("training.export.column." + COLUMNS.get(c), locale));
        }
        sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().set();
        sheet.freezePane(0, 2);
        int row = 2;
        for (var r : registrations) {
            sheet.inlineString(row, 0, r.participantName());
            sheet.inlineString(row, 1, r.businessName());
            sheet.inlineString(row, 2, text(Labels.key(r.status()), locale));
            sheet.value(row, 3, r.attendedSessions().size());
            if (r.preScore() != null) {
                sheet.value(row, 4, r.preScore());
            }
            if (r.postScore() != null) {
                sheet.value(row, 5, r.postScore());
            }
            if (r.improvement() != null) {
                sheet.value(row, 6, r.improvement());
            }
            sheet.inlineString(row, 7, text(r.completed() ? "training.outcome.completed" : "training.outcome.notCompleted", locale));
            if (r.certificateCode() != null) {
                sheet.inlineString(row, 8, r.certificateCode());
            }
            sheet.inlineString(row, 9, r.shortCode());
            if (!r.recordedLater().isEmpty()) {
                // attendance entered after the fact is never mistaken for a door check-in
                sheet.inlineString(row, 10, r.recordedLater().stream()
                        .map(l -> messages.getMessage("training.attendance.recordedLater.export", new Object[] {l.session(), l.reason(), l.by()}, locale))
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            row++;
        }
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
