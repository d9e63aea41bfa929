package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

import id.naikkelas.registry.Businesses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads, converts, checks and matches chunks on its own thread while the job's thread writes the
 * previous chunk, so parsing, matching and the database work in parallel. At most two chunks wait in
 * between, which bounds memory whatever the file size. Lines up to the job's last committed line are
 * skipped: that is how a resumed job continues where it stopped.
 */
final class ChunkReader implements AutoCloseable {

    private static final Object END = new Object();
    /**
     * A chunk is also cut at this much text: rows may be up to {@link FileLimits#MAX_ROW_CHARS} long, and
     * three chunks (two waiting, one being written) of a thousand such rows would hold 400 MB.
     */
    static final long MAX_CHUNK_CHARS = 4L << 20;

    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private final RowStream rows;
    private final PhaseClock clock;

    ChunkReader(RowStream rows, int skipThrough, RowConverter converter, Businesses businesses, Matcher matcher, int chunkSize,
                String name, PhaseClock clock) {
        this.rows = rows;
        this.clock = clock;
        this.thread = new Thread(() -> read(skipThrough, converter, businesses, matcher, chunkSize), name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next chunk, or null at the end of the file. While waiting, {@code whileWaiting} runs every
     * few seconds (the job's heartbeat: skipping a million committed lines takes a while).
     */
    Chunk next(Runnable whileWaiting) throws IOException, InterruptedException {
        while (true) {
            long waiting = System.nanoTime();
            long waitingCpu = PhaseClock.cpuNow();
            Object item = ready.poll(5, TimeUnit.SECONDS);
            clock.since("06 writer waits for the reader", waiting, waitingCpu);
            if (item == null) {
                whileWaiting.run();
            } else if (item == END) {
                return null;
            } else if (item instanceof Failure failure) {
                if (failure.cause() instanceof IOException io) {
                    throw io;
                }
                if (failure.cause() instanceof InvalidInput refused) {
                    throw refused; // the file breaks a limit: the job fails with this reason
                }
                throw new IllegalStateException("reading the file failed", failure.cause());
            } else {
                return (Chunk) item;
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        rows.close();
    }

    private record Failure(Exception cause) {
    }

    private void read(int skipThrough, RowConverter converter, Businesses businesses, Matcher matcher, int chunkSize) {
        try {
            var batch = new ArrayList<Incoming>(chunkSize);
            int lastLine = skipThrough;
            long batchChars = 0;
            long reading = System.nanoTime();
            long readingCpu = PhaseClock.cpuNow();
            for (SourceRow row; (row = rows.next()) != null; reading = System.nanoTime(), readingCpu = PhaseClock.cpuNow()) {
                clock.since("01 read and parse", reading, readingCpu);
                if (row.line() <= skipThrough) {
                    continue;
                }
                lastLine = row.line();
                if (!row.blank()) {
                    long converting = System.nanoTime();
                    long convertingCpu = PhaseClock.cpuNow();
                    batch.add(converter.convert(row));
                    clock.since("02 convert: validate, resolve region", converting, convertingCpu);
                }
                batchChars += chars(row);
                if (batch.size() == chunkSize || batchChars >= MAX_CHUNK_CHARS) {
                    var chunk = matched(batch, lastLine, converter, businesses, matcher);
                    long waiting = System.nanoTime();
                    long waitingCpu = PhaseClock.cpuNow();
                    ready.put(chunk);
                    clock.since("05 reader waits for the writer", waiting, waitingCpu);
                    batch = new ArrayList<>(chunkSize);
                    batchChars = 0;
                }
            }
            clock.since("01 read and parse", reading, readingCpu);
            if (!batch.isEmpty() || lastLine > skipThrough) {
                ready.put(matched(batch, lastLine, converter, businesses, matcher));
            }
            ready.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                ready.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long chars(SourceRow row) {
        long chars = 0;
        for (SourceCell cell : row.cells()) {
            chars += cell.text().length();
        }
        return chars;
    }

    /** The registry's own check over the whole chunk at once (one region query, no per-row round trip), then matching. */
    private Chunk matched(List<Incoming> batch, int lastLine, RowConverter converter, Businesses businesses, Matcher matcher) {
        var rows = clock.time("03 check with the registry's rules", () -> {
            var violations = businesses.check(batch.stream().map(Incoming::data).toList());
            var checked = new ArrayList<Incoming>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                checked.add(converter.withRegistryProblems(batch.get(i), violations.get(i)));
            }
            return checked;
        });
        var decisions = clock.time("04 match duplicates", () -> matcher.decide(rows));
        // a line's cells as read go back to the officer only when it is rejected: the others need not wait in memory for the writer
        decisions.replaceAll(d -> d.outcome() == Matcher.Outcome.REJECTED ? d
                : new Matcher.Decision(d.row().withoutCells(), d.outcome(), d.target(), d.score(), d.problem()));
        return new Chunk(decisions, lastLine);
    }
}
