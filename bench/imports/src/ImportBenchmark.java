package id.naikkelas.imports;

import id.naikkelas.NaikKelasApplication;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The import benchmark (bench/imports/README.md). In one JVM (run it with -Xmx1g): starts the
 * platform on its embedded PostgreSQL with demo data, then
 * (a) loads the list with PostgreSQL COPY into a bare staging table,
 * (b) runs the platform's full import of the same file as an officer of Lampung (upload, then
 *     validate, resolve regions, match, insert, through the background worker),
 * (c) for reference, inserts the staged rows set-based into a copy of the registry's business table,
 *     adding its key, B-trees, foreign keys, name index and search words one by one, computing the search
 *     document in the insert as the registry's own insert does: the floor the registry's schema sets for any import,
 * and prints rows/s of each, their ratio, the matcher's precision and recall on the labelled
 * near-duplicates, and the heap.
 *
 * <p>It lives in the imports package because the services it drives are package-private.
 */
public final class ImportBenchmark {

    static final String OFFICER = "petugas.lampung";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path list = Path.of(args[0]);
        Path labels = Path.of(args[1]);
        var heap = new HeapWatch();
        heap.start();
        var app = new SpringApplication(NaikKelasApplication.class);
        // as arguments, not default properties: application.yml's own values (data directory, port 8080) would win over those
        String[] settings = {
                "--naikkelas.embedded-db.data-dir=target/bench-postgres",
                "--naikkelas.embedded-db.clean=true",
                "--naikkelas.pii.key-file=target/bench-pii.key",
                "--naikkelas.demo.enabled=true",
                "--naikkelas.storage.dir=target/bench-files",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // the run's time by phase (ImportProcessor logs it when the job completes)
                "--logging.level.id.naikkelas.imports.ImportProcessor=INFO"};
        try (var context = app.run(settings)) {
            var jdbc = context.getBean(JdbcClient.class);
            var jobs = context.getBean(ImportJobs.class);
            long rows = dataRows(list);
            System.out.printf(Locale.ROOT, "%nlist: %s, %,d rows, %.1f MB; chunk size %s; heap max %d MB; %d cores; load %.2f%n", list,
                    rows, Files.size(list) / 1e6, context.getEnvironment().getProperty("naikkelas.imports.chunk-size"),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            double copySeconds = copy(context.getBean(DataSource.class), jdbc, list);
            System.out.printf(Locale.ROOT, "(a) COPY into a bare staging table: %.1f s, %,.0f rows/s%n", copySeconds, rows / copySeconds);

            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(OFFICER, null, List.of()));
            long t0 = System.nanoTime();
            ImportJob job;
            try (InputStream in = Files.newInputStream(list)) {
                job = jobs.upload(list.getFileName().toString(), in);
            }
            double uploadSeconds = seconds(t0);
            // the NIK is not demanded of every line (RequiredFields' default when the column exists): 40% of the list has none,
            // as agency lists do, and those lines are the ones the matcher must link by name, owner and address
            jobs.map(job.id(), job.mapping(), java.util.EnumSet.of(Field.BUSINESS_NAME, Field.OWNER_NAME, Field.DISTRICT), false, null);
            var cpu = new CpuClock(Path.of("target/bench-postgres/postmaster.pid"));
            boolean statements = Boolean.getBoolean("naikkelas.bench.statements");
            if (statements) {
                jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
                jdbc.sql("SELECT pg_stat_statements_reset()").query(String.class).list();
            }
            var threadsBefore = ThreadCpu.now();
            long t1 = System.nanoTime();
            var cpuBefore = cpu.now();
            jobs.start(job.id());
            job = await(jobs, job.id(), rows, t1);
            double importSeconds = seconds(t1);
            var importCpu = cpu.now().minus(cpuBefore);
            var threadsAfter = ThreadCpu.now();
            var c = job.counts();
            System.out.printf(Locale.ROOT, "(b) platform import: %s in %.1f s (+ %.1f s upload: hash, inspect, store), %,.0f rows/s%n",
                    job.status(), importSeconds, uploadSeconds, c.read() / importSeconds);
            System.out.printf(Locale.ROOT, "    read %,d: created %,d, matched %,d, queued for review %,d, rejected %,d%n",
                    c.read(), c.created(), c.matched(), c.queued(), c.rejected());
            System.out.printf(Locale.ROOT, "    ratio import/COPY: %.3f (target >= 0.5)%n", (c.read() / importSeconds) / (rows / copySeconds));
            System.out.printf(Locale.ROOT, "    CPU used meanwhile: this JVM %.1f s, PostgreSQL %.1f s (load average %.2f at the end)%n",
                    importCpu.jvm(), importCpu.postgres(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            System.out.println("    this JVM's CPU by thread (s): " + ThreadCpu.spent(threadsBefore, threadsAfter, 10));
            if (statements) {
                System.out.println("    statements by total time (ms, calls, rows, level 0=top):");
                jdbc.sql("""
                        SELECT round(total_exec_time)::text || ' ms  ' || calls || ' calls  ' || rows || ' rows  '
                               || (CASE WHEN toplevel THEN 0 ELSE 1 END) || '  ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
                        FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 40""")
                        .query(String.class).list().forEach(line -> System.out.println("      " + line));
            }
            System.out.println("    rejected lines by reason (top 6): " + String.join(", ", jdbc.sql("""
                    SELECT p->>'code' || ' ' || count(*) FROM import_rejection r, jsonb_array_elements(r.problems) p
                    WHERE r.job_id = ? GROUP BY p->>'code' ORDER BY count(*) DESC LIMIT 6""").param(job.id()).query(String.class).list()));
            Quality.of(jdbc, job.id(), labels).print();

            double importRate = c.read() / importSeconds;
            double copyRate = rows / copySeconds;
            if (Boolean.getBoolean("naikkelas.bench.skipFloor")) {
                // an A/B of the import alone (e.g. two chunk sizes): the floor's minutes spared
                System.out.printf(Locale.ROOT, "heap: max used %d MB (sampled), max live after GC %d MB, limit %d MB%n",
                        heap.maxUsed >> 20, heap.maxLive >> 20, Runtime.getRuntime().maxMemory() >> 20);
                System.exit(0);
            }
            System.out.println("(c) what the registry's schema costs any import: the staged rows inserted set-based (INSERT ... SELECT,"
                    + " no Java) into a copy of table business, adding its parts one by one");
            double floorRate = 0;
            double floorCpu = 0;
            for (var step : schemaFloor(jdbc, cpu)) {
                floorRate = rows / step.seconds();
                floorCpu = step.postgresCpu();
                System.out.printf(Locale.ROOT, "    %-62s %5.1f s %,9.0f rows/s  %.3f x COPY  (PostgreSQL CPU %.1f s)%n", step.name(),
                        step.seconds(), floorRate, floorRate / copyRate, step.postgresCpu());
            }
            System.out.printf(Locale.ROOT, "    import / full schema floor: %.2f (wall time); PostgreSQL CPU per row: import %.1f us, floor %.1f us%n",
                    importRate / floorRate, importCpu.postgres() / c.read() * 1e6, floorCpu / rows * 1e6);
            System.out.printf(Locale.ROOT, "heap: max used %d MB (sampled), max live after GC %d MB, limit %d MB%n",
                    heap.maxUsed >> 20, heap.maxLive >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        System.exit(0);
    }

    static long dataRows(Path list) throws Exception {
        try (var lines = Files.lines(list, StandardCharsets.UTF_8)) {
            return lines.count() - 1;
        }
    }

    /** COPY through the driver's copy API, as fast as PostgreSQL takes a file. */
    static double copy(DataSource dataSource, JdbcClient jdbc, Path list) throws Exception {
        jdbc.sql("DROP TABLE IF EXISTS bench_staging").update();
        jdbc.sql("""
                CREATE TABLE bench_staging (no text, name text, owner text, nik text, phone text, address text, district text,
                    village text, regency text, region_code text, product text, omzet text, nib text)""").update();
        long t0 = System.nanoTime();
        try (var connection = dataSource.getConnection(); BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_staging FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", in);
        }
        return seconds(t0);
    }

    static ImportJob await(ImportJobs jobs, long id, long rows, long started) throws InterruptedException {
        long lastReport = System.nanoTime();
        while (true) {
            var job = jobs.get(id);
            if (job.status().finished()) {
                return job;
            }
            if (System.nanoTime() - lastReport > 15e9) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "    ... %,d of %,d rows after %.0f s%n", job.counts().read(), rows, seconds(started));
            }
            Thread.sleep(200);
        }
    }

    record Step(String name, double seconds, double postgresCpu) {
    }

    /**
     * The business table's parts added one at a time, each step timed over all staged rows: the cost of
     * the heap and key, the B-trees, the foreign keys' per-row checks, the unaccent name index and the
     * search words' trigger (V70, V84). The last step is the whole table: no import into this registry can beat it.
     */
    static List<Step> schemaFloor(JdbcClient jdbc, CpuClock cpu) throws Exception {
        jdbc.sql("DROP TABLE IF EXISTS bench_rows").update();
        // valid regions and an existing owner, so the foreign keys accept every row (prepared, not timed)
        jdbc.sql("""
                CREATE TABLE bench_rows AS
                SELECT s.name, s.address, coalesce(r.code, '18') AS region_code, s.name || ' ' || s.owner AS doc,
                       (SELECT min(id) FROM owner) AS owner_id
                FROM bench_staging s LEFT JOIN region r ON r.code = s.region_code""").update();
        jdbc.sql("DROP TABLE IF EXISTS bench_business").update();
        jdbc.sql("CREATE TABLE bench_business (LIKE business INCLUDING DEFAULTS)").update();
        jdbc.sql("DROP TABLE IF EXISTS bench_search_word, bench_business_word").update();
        jdbc.sql("CREATE TABLE bench_search_word (LIKE search_word INCLUDING ALL)").update();
        jdbc.sql("CREATE TABLE bench_business_word (LIKE business_word INCLUDING ALL)").update();
        String[][] parts = {
                {"heap and primary key", "ALTER TABLE bench_business ADD PRIMARY KEY (id)"},
                {"+ B-trees: NIB (unique), region, owner, filters",
                        "CREATE UNIQUE INDEX ON bench_business (nib) WHERE nib IS NOT NULL; "
                                + "CREATE INDEX ON bench_business (region_code, id); CREATE INDEX ON bench_business (owner_id); "
                                + "CREATE INDEX ON bench_business (status, sector, scale)"},
                {"+ foreign keys: region, owner (checked per row)",
                        "ALTER TABLE bench_business ADD FOREIGN KEY (region_code) REFERENCES region (code); "
                                + "ALTER TABLE bench_business ADD FOREIGN KEY (owner_id) REFERENCES owner (id)"},
                {"+ sort index on search_text(name) (unaccent)", "CREATE INDEX ON bench_business (search_text(name), id)"},
                // V70 (ADR 0021): the search words, kept by the registry's own statement trigger, here on copies of its two word
                // tables (the function's text taken from the database, so this follows the real trigger when it changes)
                {"+ search words (trigger, word tables) = the registry's business table", "WORDS"}};
        var steps = new java.util.ArrayList<Step>();
        for (String[] part : parts) {
            if (part[1].equals("WORDS")) {
                addWordTrigger(jdbc);
            } else {
                for (String ddl : part[1].split("; ")) {
                    jdbc.sql(ddl).update();
                }
            }
            jdbc.sql("TRUNCATE bench_business").update();
            jdbc.sql("TRUNCATE bench_search_word, bench_business_word").update();
            jdbc.sql("CHECKPOINT").update();
            var cpuBefore = cpu.now();
            long t0 = System.nanoTime();
            jdbc.sql("""
                    INSERT INTO bench_business (id, name, legal_form, sector, address, region_code, search_doc, owner_id, created_by)
                    SELECT row_number() OVER (), name, 'PERORANGAN', 'PROCESSED_FOOD', address, region_code, search_text(doc), owner_id, 'bench'
                    FROM bench_rows""").update();
            steps.add(new Step(part[0], seconds(t0), cpu.now().minus(cpuBefore).postgres()));
        }
        jdbc.sql("DROP TABLE bench_business").update();
        jdbc.sql("DROP TABLE bench_rows").update();
        jdbc.sql("DROP TABLE bench_search_word, bench_business_word").update();
        jdbc.sql("DROP FUNCTION bench_words_added()").update();
        return steps;
    }

    /** Copies of search_word and business_word (with their indexes) and V70's insert trigger, pointed at them. */
    static void addWordTrigger(JdbcClient jdbc) {
        String function = jdbc.sql("SELECT pg_get_functiondef('business_words_added'::regproc)").query(String.class).single()
                .replaceAll("\\bsearch_word\\b", "bench_search_word")
                .replaceAll("\\bbusiness_word\\b", "bench_business_word")
                .replace("business_words_added()", "bench_words_added()");
        jdbc.sql(function).update();
        jdbc.sql("""
                CREATE TRIGGER bench_words_added AFTER INSERT ON bench_business
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION bench_words_added()""").update();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * CPU seconds used so far by this JVM and by the embedded PostgreSQL (the postmaster, its live
     * processes and those that ended), from /proc: on a busy machine wall time says how long the others
     * let us run, CPU time what the work itself costs. Zero where /proc is missing.
     */
    record CpuClock(Path pidFile) {

        record Reading(double jvm, double postgres) {
            Reading minus(Reading earlier) {
                return new Reading(jvm - earlier.jvm, postgres - earlier.postgres);
            }
        }

        Reading now() throws Exception {
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            if (!Files.exists(pidFile) || !Files.isDirectory(Path.of("/proc"))) {
                return new Reading(jvm, 0);
            }
            String postmaster = Files.readAllLines(pidFile).get(0).trim();
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (var dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] f;
                    try {
                        String stat = Files.readString(dir.resolve("stat"));
                        f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    // fields after the name: state ppid ... utime(11) stime(12) cutime(13) cstime(14)
                    if (dir.getFileName().toString().equals(postmaster)) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (f[1].equals(postmaster)) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return new Reading(jvm, ticks / 100.0); // clock ticks of 10 ms (USER_HZ on Linux)
        }
    }

    /**
     * CPU seconds of this JVM's threads by name (numbers folded: all "GC Thread#n" together), from /proc/self/task:
     * says how much of the JVM's CPU is the import's own threads and how much the compiler and the garbage collector.
     */
    static final class ThreadCpu {

        static java.util.Map<String, Double> now() throws Exception {
            var spent = new java.util.TreeMap<String, Double>();
            if (!Files.isDirectory(Path.of("/proc/self/task"))) {
                return spent;
            }
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (var task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+", "#");
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        spent.merge(name + "/" + task.getFileName(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
                    } catch (java.io.IOException gone) {
                        // the thread ended meanwhile
                    }
                }
            }
            return spent;
        }

        /** The {@code top} names by CPU spent between the two readings (a thread that ended in between is not counted). */
        static String spent(java.util.Map<String, Double> before, java.util.Map<String, Double> after, int top) {
            var byName = new HashMap<String, Double>();
            after.forEach((key, cpu) -> byName.merge(key.substring(0, key.lastIndexOf('/')), cpu - before.getOrDefault(key, 0.0), Double::sum));
            return byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** Samples the heap: the most ever in use, and the most still alive after a collection. */
    static final class HeapWatch extends Thread {
        volatile long maxUsed;
        volatile long maxLive;

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            while (true) {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
                long live = 0;
                for (var pool : pools) {
                    var afterGc = pool.getCollectionUsage();
                    if (afterGc != null) {
                        live += afterGc.getUsed();
                    }
                }
                maxLive = Math.max(maxLive, live);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * Precision and recall of the matcher against the generator's labels: a row flagged as a duplicate
     * (linked, or queued for review) is right when the business it points to was created from a row of
     * the same real business; a labelled near-duplicate is missed when it became a new business although
     * its original was accepted.
     */
    record Quality(long linkedRight, long linked, long flaggedRight, long flagged, long duplicates, long found, long foundLinked) {

        static Quality of(JdbcClient jdbc, long jobId, Path labels) throws Exception {
            var entity = new HashMap<Integer, Long>();
            var original = new HashMap<Integer, Integer>();
            try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
                in.readLine();
                for (String line; (line = in.readLine()) != null; ) {
                    String[] f = line.split(",", -1);
                    entity.put(Integer.parseInt(f[0]), Long.parseLong(f[1]));
                    if (!f[2].isEmpty()) {
                        original.put(Integer.parseInt(f[0]), Integer.parseInt(f[2]));
                    }
                }
            }
            var outcome = new HashMap<Integer, String>();
            var business = new HashMap<Integer, Long>();
            var creator = new HashMap<Long, Long>();
            jdbc.sql("SELECT line, outcome, business_id FROM import_row WHERE job_id = ?").param(jobId).query(rs -> {
                int line = rs.getInt("line");
                outcome.put(line, rs.getString("outcome"));
                long id = rs.getLong("business_id");
                if (!rs.wasNull()) {
                    business.put(line, id);
                    if (rs.getString("outcome").equals("CREATED")) {
                        creator.put(id, entity.get(line));
                    }
                }
            });
            long linked = 0, linkedRight = 0, flagged = 0, flaggedRight = 0, duplicates = 0, found = 0, foundLinked = 0;
            for (var e : outcome.entrySet()) {
                String o = e.getValue();
                boolean right = (o.equals("MATCHED") || o.equals("QUEUED"))
                        && entity.get(e.getKey()).equals(creator.get(business.get(e.getKey())));
                if (o.equals("MATCHED")) {
                    linked++;
                    linkedRight += right ? 1 : 0;
                }
                if (o.equals("MATCHED") || o.equals("QUEUED")) {
                    flagged++;
                    flaggedRight += right ? 1 : 0;
                }
                Integer of = original.get(e.getKey());
                if (of != null && !o.equals("REJECTED") && !"REJECTED".equals(outcome.get(of))) {
                    duplicates++;
                    found += right ? 1 : 0;
                    foundLinked += right && o.equals("MATCHED") ? 1 : 0;
                }
            }
            return new Quality(linkedRight, linked, flaggedRight, flagged, duplicates, found, foundLinked);
        }

        void print() {
            System.out.printf(Locale.ROOT, "    matcher on %,d labelled near-duplicates (both rows accepted):%n", duplicates);
            System.out.printf(Locale.ROOT, "      flagged (linked or queued for review): precision %.4f (%,d/%,d), recall %.4f (%,d/%,d)%n",
                    ratio(flaggedRight, flagged), flaggedRight, flagged, ratio(found, duplicates), found, duplicates);
            System.out.printf(Locale.ROOT, "      linked automatically:                  precision %.4f (%,d/%,d), recall %.4f (%,d/%,d)%n",
                    ratio(linkedRight, linked), linkedRight, linked, ratio(foundLinked, duplicates), foundLinked, duplicates);
        }

        static double ratio(long a, long b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }
}
