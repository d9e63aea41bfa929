package id.naikkelas.benchdata;

import id.naikkelas.NaikKelasApplication;
import org.springframework.boot.SpringApplication;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The key queries' plans on the data bench/data/run.sh generated: no sequential scan of a large table,
 * and at most PlanBudget.PER_ROW rows of a table read per row shown (one size: the growth rule of
 * QueryPlanTest needs two): starts the platform on the data directory, runs each query through
 * its service as the test does and writes the plans to target/bench/data/plans/.
 */
public final class ExplainKeyQueries {

    private ExplainKeyQueries() {
    }

    public static void main(String[] args) throws Exception {
        var app = new SpringApplication(NaikKelasApplication.class);
        String[] settings = {
                "--naikkelas.embedded-db.data-dir=" + System.getenv().getOrDefault("DATA_DIR", "target/bench/data/postgres"),
                "--naikkelas.storage.dir=" + System.getenv().getOrDefault("STORAGE_DIR", "target/bench/data/files"),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"};
        int failed = 0;
        try (var context = app.run(settings); var connection = context.getBean(DataSource.class).getConnection()) {
            var catalog = PlanBudget.Catalog.of(connection);
            for (var query : KeyQueries.all(context, connection)) {
                var explained = KeyQueries.explain(query, context.getBean(DataSource.class), connection);
                var problems = new java.util.ArrayList<String>();
                for (var q : explained) {
                    problems.addAll(PlanBudget.sequentialScans(q, catalog));
                    problems.addAll(PlanBudget.overBudget(q, catalog));
                }
                PlanReport.write(Path.of("target/bench/data/plans"), query.name(), problems, query.finding(),
                        new PlanReport.Run("full-scale data", explained, catalog));
                failed += problems.isEmpty() ? 0 : 1;
            }
            System.out.printf(Locale.ROOT, "%d of the key queries scan a large table or read more than %d rows per row shown; "
                    + "plans in target/bench/data/plans/%n", failed, PlanBudget.PER_ROW);
        }
        System.exit(0);
    }
}
