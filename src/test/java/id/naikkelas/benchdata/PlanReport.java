package id.naikkelas.benchdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A key query's plans in a file a person reads (SQL, then EXPLAIN ANALYZE), and a line on the console. */
final class PlanReport {

    private PlanReport() {
    }

    record Run(String label, List<ExplainedQueries.Explained> queries, PlanBudget.Catalog catalog) {
    }

    static void write(Path dir, String name, List<String> problems, String finding, Run... runs) {
        var text = new StringBuilder();
        if (finding != null) {
            text.append("-- KNOWN FINDING: ").append(finding).append('\n');
        }
        problems.forEach(p -> text.append("-- PROBLEM: ").append(p).append('\n'));
        for (var run : runs) {
            for (var q : run.queries()) {
                text.append(String.format(Locale.ROOT, "%n-- %s, %s: %s%n%s%n%n%s", name, run.label(), PlanBudget.summary(q, run.catalog()),
                        q.sql().strip(), q.text()));
            }
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var last = runs[runs.length - 1];
        var main = last.queries().get(last.queries().size() - 1);
        System.out.printf(Locale.ROOT, "query plan %-24s %s%s%n", name, PlanBudget.summary(main, last.catalog()),
                problems.isEmpty() ? "" : finding != null ? "  KNOWN FINDING" : "  PROBLEMS: " + problems);
    }
}
