package id.naikkelas.imports;

import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rejected lines, each with its cells as uploaded and every reason in the reader's language; as a
 * page, or as an Excel file of those rows with the reasons in an added column, so the agency corrects
 * them and uploads only them again.
 */
@Service
class Rejections {

    private static final TypeReference<List<Object>> CELLS = new TypeReference<>() {
    };
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {
    };
    private static final int FLUSH_EVERY = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ImportJobs jobs;
    private final SealedCells sealed;

    Rejections(JdbcClient jdbc, JsonMapper json, MessageSource messages, ImportJobs jobs, SealedCells sealed) {
        this.sealed = sealed;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.jobs = jobs;
    }

    /** One reason as shown: the column (letter and header), the value found, and why. */
    record Reason(String column, String value, String message) {
    }

    record Rejected(int line, List<String> cells, List<Reason> reasons) {
    }

    /** Rejected lines after {@code afterLine}, in file order, NIKs masked: the page tells which line, the Excel file gives it back. */
    List<Rejected> page(long jobId, int afterLine, int size, Locale locale) {
        jobs.get(jobId);
        return jdbc.sql("""
                        SELECT line, cells::text AS cells, problems::text AS problems FROM import_rejection
                        WHERE job_id = ? AND line > ? ORDER BY line LIMIT ?""")
                .params(jobId, afterLine, Math.max(1, Math.min(size, 500)))
                .query((rs, i) -> new Rejected(rs.getInt("line"), sealed.masked(json.readValue(rs.getString("cells"), CELLS)),
                        reasons(rs.getString("problems"), locale)))
                .list();
    }

    /** The rejected rows as uploaded plus a column with the reasons, streamed (never all rows in memory). */
    void writeExcel(long jobId, OutputStream out, Locale locale) throws IOException {
        var job = jobs.get(jobId);
        var headers = job.headers();
        var workbook = new Workbook(out, "Naik Kelas", "1.0");
        var sheet = workbook.newWorksheet(messages.getMessage("imports.rejected.sheet", null, locale));
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        int reasonColumn = headers.size();
        sheet.inlineString(0, reasonColumn, messages.getMessage("imports.rejected.reasons", null, locale));
        sheet.inlineString(0, reasonColumn + 1, messages.getMessage("imports.rejected.line", null, locale));
        sheet.range(0, 0, 0, reasonColumn + 1).style().bold().set();
        sheet.width(reasonColumn, 60);
        sheet.freezePane(0, 1);
        int[] row = {1};
        jdbc.sql("SELECT line, cells::text AS cells, problems::text AS problems FROM import_rejection WHERE job_id = ? ORDER BY line")
                .param(jobId)
                .query(rs -> {
                    int r = row[0]++;
                    // whoever may read the job brought this list: they get the NIKs back as read, to correct them
                    var cells = sealed.open(json.readValue(rs.getString("cells"), CELLS));
                    for (int c = 0; c < cells.size(); c++) {
                        // as text: a NIK must not turn into a number again on its way back
                        sheet.inlineString(r, c, cells.get(c));
                    }
                    sheet.inlineString(r, reasonColumn, reasons(rs.getString("problems"), locale).stream()
                            .map(reason -> (reason.column().isEmpty() ? "" : reason.column() + ": ") + reason.message())
                            .collect(Collectors.joining("; ")));
                    sheet.style(r, reasonColumn).fontColor("B3261E").set();
                    sheet.value(r, reasonColumn + 1, rs.getInt("line"));
                    if (r % FLUSH_EVERY == 0) {
                        try {
                            sheet.flush();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        workbook.finish();
    }

    List<Reason> reasons(String problems, Locale locale) {
        return json.readValue(problems, PROBLEMS).stream()
                .map(p -> new Reason(p.column() < 0 ? "" : Headers.letter(p.column()) + (p.header().isEmpty() ? "" : " (" + p.header() + ")"),
                        p.value(), messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
                .toList();
    }
}
