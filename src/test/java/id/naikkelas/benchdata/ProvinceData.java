package id.naikkelas.benchdata;

import id.naikkelas.certification.PathwayTemplates;
import id.naikkelas.certification.WorkingDays;
import id.naikkelas.registry.NikVault;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills a freshly migrated database (with the demo accounts the application creates) with a
 * province-scale registry: at scale 1, a million businesses and owners, two million products, a
 * million certification cases with their step history, half a million enrolments with three
 * million visits, 200,000 inspections, 50,000 training events with a million registrations, and the
 * permits. Every table is streamed with COPY; its secondary indexes and foreign keys are taken off
 * for the load and put back as the migrations made them (checked at the end), then the database is
 * analysed. See bench/data/README.md.
 */
public final class ProvinceData {

    /** The day generated dates are counted back from, unless another is given: same seed, same rows. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 12, 1);
    static final int INSPECTIONS = 200_000;
    static final int EVENTS = 50_000;
    static final int BUSINESSES = 1_000_000;
    /** Tables with fewer rows than this before the load count as empty (the demo data). */
    static final int DEMO_ROWS = 1_000;

    /** @param tables the tables to fill (with the ones they refer to); empty: all of them */
    public record Options(double scale, long seed, LocalDate asOf, java.util.Set<String> tables) {

        public Options(double scale, long seed, LocalDate asOf) {
            this(scale, seed, asOf, java.util.Set.of());
        }
    }

    public record TableLoad(String table, long rows, double copySeconds, double indexSeconds) {
        public double seconds() {
            return copySeconds + indexSeconds;
        }
    }

    public record Report(List<TableLoad> tables, double planSeconds, double analyzeSeconds, double totalSeconds) {
        public long rows() {
            return tables.stream().mapToLong(TableLoad::rows).sum();
        }
    }

    private interface Writer {
        long write(Connection connection) throws SQLException;
    }

    private record Step(String table, boolean bulk, Writer writer) {
    }

    private ProvinceData() {
    }

    public static Report generate(DataSource dataSource, NikVault vault, Options options, PrintStream out) throws SQLException {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection(); var pipeline = new Pipeline(dataSource)) {
            connection.setAutoCommit(true);
            requireEmpty(connection);
            var schemaBefore = SchemaParts.fingerprint(connection);
            var world = plan(connection, vault, options, out);
            double planSeconds = seconds(start);
            var steps = steps(world, options.scale()).stream()
                    .filter(s -> options.tables().isEmpty() || options.tables().contains(s.table())).toList();
            pipeline.takeOff(connection, steps.stream().filter(Step::bulk).map(Step::table).toList());
            var copies = new ArrayList<Step>();
            var copySeconds = new ArrayList<Double>();
            var rows = new ArrayList<Long>();
            for (var step : steps) {
                long t0 = System.nanoTime();
                rows.add(step.writer().write(connection));
                copySeconds.add(seconds(t0));
                copies.add(step);
                out.printf(Locale.ROOT, "%-22s %,11d rows  COPY %6.1f s  %,10.0f rows/s%n", step.table(), rows.get(rows.size() - 1),
                        copySeconds.get(copySeconds.size() - 1), rows.get(rows.size() - 1) / Math.max(copySeconds.get(copySeconds.size() - 1), 1e-3));
                pipeline.loaded(step.table());
            }
            long waitStart = System.nanoTime();
            pipeline.await();
            double tailSeconds = seconds(waitStart);
            Ids.moveSequences(connection);
            analyzeOthers(connection, copies.stream().map(Step::table).toList());
            var schemaAfter = SchemaParts.fingerprint(connection);
            if (!schemaAfter.equals(schemaBefore)) {
                var missing = new java.util.TreeSet<>(schemaBefore);
                missing.removeAll(schemaAfter);
                var extra = new java.util.TreeSet<>(schemaAfter);
                extra.removeAll(schemaBefore);
                throw new IllegalStateException("the schema differs from the migrated one; missing " + missing + ", extra " + extra);
            }
            var loads = new ArrayList<TableLoad>();
            for (int i = 0; i < copies.size(); i++) {
                loads.add(new TableLoad(copies.get(i).table(), rows.get(i), copySeconds.get(i), pipeline.rebuildSeconds(copies.get(i).table())));
            }
            double analyzeSeconds = seconds(waitStart) - tailSeconds;
            out.printf(Locale.ROOT, "%-22s %11s  %8s  %22s%n", "table", "rows", "COPY s", "indexes+keys+ANALYZE s");
            for (var load : loads) {
                out.printf(Locale.ROOT, "%-22s %,11d  %8.1f  %22.1f%n", load.table(), load.rows(), load.copySeconds(), load.indexSeconds());
            }
            out.printf(Locale.ROOT, "indexes, keys and statistics of the last tables %.1f s after their COPY, ANALYZE of the rest %.1f s; "
                    + "indexes, constraints and triggers equal the migrated schema's (%d)%n", tailSeconds, analyzeSeconds, schemaAfter.size());
            return new Report(loads, planSeconds, analyzeSeconds, seconds(start));
        }
    }

    private static World plan(Connection connection, NikVault vault, Options o, PrintStream out) throws SQLException {
        long t0 = System.nanoTime();
        var geo = Geography.load(connection, o.seed());
        var ids = Ids.read(connection);
        var registry = new RegistryPlan(geo, o.seed(), (int) Math.round(BUSINESSES * o.scale()));
        var programmes = new ProgrammePlan(geo, registry, o.seed(), o.scale());
        var staff = new Staff(connection, geo, ids, programmes, o.seed(), World.at(o.asOf().minusYears(3), 8, 0));
        var world = new World(o.seed(), o.scale(), o.asOf(), geo, ids, registry, programmes, staff, vault, PathwayTemplates.loadDefault(),
                new WorkingDays(holidays(connection)));
        out.printf(Locale.ROOT, "plan: %,d businesses, %,d products, %,d cases, %,d enrolments (%,d visits) in %.1f s; as of %s, seed %d%n",
                registry.businesses, registry.products(), registry.cases(), programmes.enrollments, programmes.visits(), seconds(t0),
                o.asOf(), o.seed());
        return world;
    }

    /** Parents before children, so each foreign key put back finds its rows. */
    private static List<Step> steps(World w, double scale) {
        int inspections = (int) Math.round(INSPECTIONS * scale);
        int events = (int) Math.round(EVENTS * scale);
        return List.of(
                new Step("agency", false, w.staff()::writeAgencies),
                new Step("app_user", false, w.staff()::writeUsers),
                new Step("facilitator_profile", false, w.staff()::writeFacilitatorProfiles),
                new Step("owner", true, c -> Owners.write(w, c)),
                new Step("business", true, c -> BusinessRows.writeBusinesses(w, c)),
                new Step("business_source", true, c -> BusinessRows.writeSources(w, c)),
                new Step("product", true, c -> ProductRows.write(w, c)),
                new Step("permit", true, c -> PermitRows.write(w, c)),
                new Step("certification_case", true, c -> CaseRows.writeCases(w, c)),
                new Step("case_transition", true, c -> CaseRows.writeTransitions(w, c)),
                new Step("program", false, c -> ProgrammeRows.writePrograms(w, c)),
                new Step("program_stage", false, c -> ProgrammeRows.writeStages(w, c)),
                new Step("enrollment", true, c -> ProgrammeRows.writeEnrollments(w, c)),
                new Step("assignment", true, c -> ProgrammeRows.writeAssignments(w, c)),
                new Step("visit", true, c -> ProgrammeRows.writeVisits(w, c)),
                new Step("follow_up", true, c -> ProgrammeRows.writeFollowUps(w, c)),
                new Step("inspection", true, c -> InspectionRows.write(w, c, inspections)),
                new Step("training_event", true, c -> TrainingRows.writeEvents(w, c, events)),
                new Step("training_session", true, c -> TrainingRows.writeSessions(w, c, events)),
                new Step("training_registration", true, c -> TrainingRows.writeRegistrations(w, c, events)));
    }

    /** Statistics for what the load did not touch (regions, reference data, demo rows), so every plan has them. */
    private static void analyzeOthers(Connection connection, List<String> loaded) throws SQLException {
        var others = new ArrayList<String>();
        try (var ps = connection.prepareStatement("SELECT relname FROM pg_class WHERE relkind = 'r' "
                + "AND relnamespace = current_schema()::regnamespace AND relname <> ALL (?)")) {
            ps.setArray(1, connection.createArrayOf("text", loaded.toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1));
                }
            }
        }
        if (!others.isEmpty()) {
            try (var st = connection.createStatement()) {
                st.execute("ANALYZE " + String.join(", ", others));
            }
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM business")) {
            rs.next();
            if (rs.getLong(1) > DEMO_ROWS) {
                throw new IllegalStateException("the database already holds " + rs.getLong(1) + " businesses; generate into an empty one");
            }
        }
    }

    private static List<LocalDate> holidays(Connection connection) throws SQLException {
        var dates = new ArrayList<LocalDate>();
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT date FROM holiday")) {
            while (rs.next()) {
                dates.add(rs.getObject(1, LocalDate.class));
            }
        }
        return dates;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
