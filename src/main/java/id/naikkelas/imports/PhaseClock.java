package id.naikkelas.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where one run of an import spends its time, by phase (read, convert, check, match on the reader's thread;
 * each write on the job's thread), logged when the run ends. The reader and the writer work in parallel,
 * so their phases add up to more than the run; the time each side waited for the other says which one set
 * the pace. Wall time, as seen by the thread that did the work (on a busy machine it includes waiting for a core).
 */
final class PhaseClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Spent> spent = new ConcurrentSkipListMap<>();

    /** Wall time and the working thread's CPU time (this JVM's share; the database's work is in the difference). */
    private record Spent(LongAdder wall, LongAdder cpu) {
    }

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = cpuNow();
        try {
            return work.get();
        } finally {
            since(phase, start, cpu);
        }
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** This thread's CPU time in nanoseconds, to pass to {@link #since(String, long, long)}. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Adds the time since {@code start} (a {@link System#nanoTime()}) and {@code cpu} (a {@link #cpuNow()}) to the phase. */
    void since(String phase, long start, long cpu) {
        var s = spent.computeIfAbsent(phase, p -> new Spent(new LongAdder(), new LongAdder()));
        s.wall().add(System.nanoTime() - start);
        s.cpu().add(cpuNow() - cpu);
    }

    /** "phase 1.2 s (JVM CPU 0.8 s), ..." in the phases' names' order (numbered by the order the work happens). */
    @Override
    public String toString() {
        var text = new StringJoiner(", ");
        spent.forEach((phase, s) -> text.add(String.format(Locale.ROOT, "%s %.1f s (JVM CPU %.1f s)", phase, s.wall().sum() / 1e9,
                s.cpu().sum() / 1e9)));
        return text.toString();
    }
}
