package id.naikkelas.participants;

import id.naikkelas.programs.Participant;
import id.naikkelas.programs.ProgramView;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** A program's participant list as an Excel file: business, place, status, stage, facilitator, next and missed visits. */
@Component
class ParticipantExcel {

    private static final List<String> COLUMNS = List.of("business", "place", "status", "stage", "facilitator", "nextVisit", "missed");

    private final MessageSource messages;

    ParticipantExcel(MessageSource messages) {
        this.messages = messages;
    }

    void write(ProgramView program, List<Participant> rows, OutputStream out, Locale locale) throws IOException {
        var workbook = new Workbook(out, "Naik Kelas", "1.0");
        var sheet = workbook.newWorksheet(text("participants.export.sheet", locale));
        sheet.inlineString(0, 0, program.name());
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.inlineString(1, c, text("participants.export.column." + COLUMNS.get(c), locale));
        }
        sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().set();
        sheet.freezePane(0, 2);
        int r = 2;
        for (var p : rows) {
            sheet.inlineString(r, 0, p.businessName());
            sheet.inlineString(r, 1, p.place() == null ? "" : p.place());
            sheet.inlineString(r, 2, text("enrollmentStatus." + p.status(), locale));
            if (p.active() && p.stagePosition() != null) {
                sheet.inlineString(r, 3, p.stagePosition() + ". " + p.stageName());
            }
            if (p.facilitatorName() != null) {
                sheet.inlineString(r, 4, p.facilitatorName());
            }
            if (p.nextVisitOn() != null) {
                sheet.value(r, 5, p.nextVisitOn());
                sheet.style(r, 5).format("yyyy-mm-dd").set();
            }
            sheet.value(r, 6, p.missedVisits());
            r++;
        }
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
