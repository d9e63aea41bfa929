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
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (var st = connection.createStatement()) {
                // index builds sort in memory instead of on disk; this session only
                st.execute("SET maintenance_work_mem = '512MB'");
            }
            requireEmpty(connection);
            var schemaBefore = SchemaParts.fingerprint(connection);
            var world = plan(connection, vault, options, out);
            double planSeconds = seconds(start);
            var loads = new ArrayList<TableLoad>();
            for (var step : steps(world, options.scale())) {
                if (options.tables().isEmpty() || options.tables().contains(step.table())) {
                    loads.add(load(connection, step, out));
                }
            }
            Ids.moveSequences(connection);
            long analyzeStart = System.nanoTime();
            try (var st = connection.createStatement()) {
                st.execute("ANALYZE");
            }
            double analyzeSeconds = seconds(analyzeStart);
            var schemaAfter = SchemaParts.fingerprint(connection);
            if (!schemaAfter.equals(schemaBefore)) {
                var missing = new java.util.TreeSet<>(schemaBefore);
                missing.removeAll(schemaAfter);
                var extra = new java.util.TreeSet<>(schemaAfter);
                extra.removeAll(schemaBefore);
                throw new IllegalStateException("the schema differs from the migrated one; missing " + missing + ", extra " + extra);
            }
            out.printf(Locale.ROOT, "ANALYZE %.1f s; indexes, constraints and triggers equal the migrated schema's (%d)%n", analyzeSeconds,
                    schemaAfter.size());
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

    private static TableLoad load(Connection connection, Step step, PrintStream out) throws SQLException {
        SchemaParts parts = step.bulk() ? SchemaParts.of(connection, step.table()) : null;
        if (parts != null) {
            parts.drop(connection);
        }
        long t0 = System.nanoTime();
        long rows = step.writer().write(connection);
        double copy = seconds(t0);
        long t1 = System.nanoTime();
        if (parts != null) {
            parts.restore(connection);
        }
        var load = new TableLoad(step.table(), rows, copy, seconds(t1));
        out.printf(Locale.ROOT, "%-22s %,11d rows  COPY %6.1f s  indexes+keys %5.1f s  %,10.0f rows/s%n", load.table(), load.rows(),
                load.copySeconds(), load.indexSeconds(), load.rows() / Math.max(load.seconds(), 1e-3));
        return load;
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
