package id.naikkelas.benchdata;

import id.naikkelas.NaikKelasApplication;
import id.naikkelas.registry.NikVault;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * bench/data/run.sh's generator (see bench/data/README.md). Starts the platform on a fresh embedded
 * data directory (or the external database of SPRING_DATASOURCE_URL), which migrates it with Flyway
 * and creates the demo agencies, accounts and data exactly as on a first start in demo mode; then
 * streams the province-scale data into it with the application's own NIK vault and stops.
 */
public final class GenerateProvinceData {

    private GenerateProvinceData() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        String asOfText = System.getenv().getOrDefault("AS_OF", "");
        LocalDate asOf = asOfText.isBlank() ? ProvinceData.DEFAULT_AS_OF
                : asOfText.equals("today") ? LocalDate.now(ZoneId.of("Asia/Jakarta")) : LocalDate.parse(asOfText);
        var heap = new HeapWatch();
        heap.start();

        var app = new SpringApplication(NaikKelasApplication.class);
        // command-line arguments outrank application.yml (and its NAIKKELAS_* placeholders); the data directory is
        // emptied by run.sh and kept on exit, so the platform can be started on it afterwards
        String[] settings = {
                "--naikkelas.embedded-db.data-dir=" + System.getenv().getOrDefault("DATA_DIR", "target/bench/data/postgres"),
                "--naikkelas.embedded-db.clean=false",
                "--naikkelas.demo.enabled=true",
                "--naikkelas.storage.dir=" + System.getenv().getOrDefault("STORAGE_DIR", "target/bench/data/files"),
                "--server.port=0",
                // the first refresh of a database that has no figures yet rebuilds every district in one transaction: while
                // the generator loads, that transaction blocked its ALTER TABLEs (and would take hours on the unindexed
                // tables); the platform's first start builds the figures instead
                "--naikkelas.reporting.first-refresh-after=PT1000H",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"};
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (var context = app.run(settings)) {
            System.out.printf(Locale.ROOT, "application started on a fresh database (Flyway, demo accounts and data) in %.1f s; "
                    + "scale %s, seed %d; %d cores, heap max %d MB%n", ProvinceData.seconds(t0), args.length > 0 ? args[0] : "1",
                    seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            cpu0 = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
            String postgresBefore = postgresCpu();
            var report = ProvinceData.generate(context.getBean(DataSource.class), context.getBean(NikVault.class),
                    new ProvinceData.Options(scale, seed, asOf), System.out);
            System.out.printf(Locale.ROOT, "total: %,d rows in %.1f s (plan %.1f s, ANALYZE %.1f s), %,.0f rows/s%n", report.rows(),
                    report.totalSeconds(), report.planSeconds(), report.analyzeSeconds(), report.rows() / report.totalSeconds());
            System.out.printf(Locale.ROOT, "CPU of the load: generator JVM %.0f s, PostgreSQL %s (%s before it); load average %.1f before, %.1f after%n",
                    (ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() - cpu0) / 1e9,
                    postgresCpu(), postgresBefore, load0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            distribution(context.getBean(JdbcClient.class));
            System.out.printf(Locale.ROOT, "heap: max used %d MB (sampled), max live after GC %d MB, limit %d MB%n", heap.maxUsed >> 20,
                    heap.maxLive >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        System.exit(0);
    }

    /**
     * CPU seconds of the embedded server so far (Linux): the postmaster with the children it has reaped
     * (parallel index builders) and its live processes. The load's wall time on a shared machine says
     * little; the CPU time says what it costs.
     */
    private static String postgresCpu() {
        try {
            Path pidFile = Path.of(System.getenv().getOrDefault("DATA_DIR", "target/bench/data/postgres"), "postmaster.pid");
            if (!Files.exists(pidFile)) {
                return "unknown (external server)";
            }
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            double hz = 100; // USER_HZ on Linux
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] f;
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    long pid = Long.parseLong(p.getFileName().toString());
                    long ppid = Long.parseLong(f[1]);
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (ppid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return String.format(Locale.ROOT, "%.0f s", ticks / hz);
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** How the businesses spread: the largest provinces and districts. */
    private static void distribution(JdbcClient jdbc) {
        jdbc.sql("""
                        (SELECT 'province' AS level, r.code, r.name, count(*) AS n FROM business b JOIN region r ON r.code = left(b.region_code, 2)
                         GROUP BY r.code, r.name ORDER BY n DESC LIMIT 3)
                        UNION ALL
                        (SELECT 'district', r.code, r.name, count(*) FROM business b JOIN region r ON r.code = left(b.region_code, 8)
                         GROUP BY r.code, r.name ORDER BY count(*) DESC LIMIT 3)""")
                .query((rs, i) -> String.format(Locale.ROOT, "  largest %-8s %-8s %-28s %,9d businesses", rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4)))
                .list().forEach(System.out::println);
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
}
