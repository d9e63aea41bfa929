package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.Businesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Runs one claimed job, chunk by chunk, as the user who started it (with that user's jurisdiction as
 * it is now). Each chunk is one transaction that also moves the job's last committed line, so a crash
 * at any moment leaves whole chunks only, and the job resumes after the last of them.
 */
@Component
class ImportProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

    /** How a run ended. STOPPED: the node is shutting down, the job waits for the next claim. LOST: another node took it. */
    enum Ending { COMPLETED, CANCELLED, STOPPED, LOST }

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportClaims claims;
    private final ChunkWriter writer;
    private final RegistryCandidates candidates;
    private final Businesses businesses;
    private final Regions regions;
    private final Access access;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportSettings settings;
    private final Today today;

    ImportProcessor(ImportJobs jobs, ImportFiles files, ImportClaims claims, ChunkWriter writer, RegistryCandidates candidates,
                    Businesses businesses, Regions regions, Access access, JdbcClient jdbc, TransactionTemplate tx,
                    ImportSettings settings, Today today) {
        this.today = today;
        this.jobs = jobs;
        this.files = files;
        this.claims = claims;
        this.writer = writer;
        this.candidates = candidates;
        this.businesses = businesses;
        this.regions = regions;
        this.access = access;
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
    }

    /** Processes until the file ends, the job is cancelled, {@code keepGoing} says stop (checked between chunks) or the claim is lost. */
    Ending process(ImportClaims.Claim claim, int chunkSize, BooleanSupplier keepGoing) {
        if (!claims.heartbeat(claim)) {
            return Ending.LOST;
        }
        var job = jobs.load(claim.jobId());
        return access.runAs(job.createdBy(), () -> {
            try {
                return run(job, claim, chunkSize, keepGoing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Ending.STOPPED;
            }
        });
    }

    private Ending run(ImportJob job, ImportClaims.Claim claim, int chunkSize, BooleanSupplier keepGoing)
            throws IOException, InterruptedException {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException(job.createdBy() + " may no longer import lists");
        }
        var converter = new RowConverter(job.mapping(), job.headers(), new RegionResolver(regions, me.jurisdiction(), job.villageFallback()),
                job.required(), today.date());
        var matcher = new Matcher(new CandidateIndex(settings.match().cachedCandidates()), candidates, me.jurisdiction(), settings.match().high(), settings.match().low(),
                row -> converter.problemAt(Field.NIB, row, "registry.nib.taken"));
        int skipThrough = Math.max(job.lastLine(), job.headerLine());
        var clock = new PhaseClock();
        long started = System.nanoTime();
        try (var reader = new ChunkReader(open(job), skipThrough, converter, businesses, matcher, chunkSize, "import-" + job.id(), clock)) {
            int lastLine = job.lastLine();
            while (true) {
                if (!keepGoing.getAsBoolean()) {
                    return Ending.STOPPED;
                }
                var chunk = reader.next(() -> {
                    if (!claims.heartbeat(claim)) {
                        throw new LostClaim();
                    }
                });
                if (chunk == null) {
                    if (!claims.complete(claim)) {
                        throw new LostClaim();
                    }
                    log.info("import {} completed in {} s; by phase: {}", job.id(),
                            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), clock);
                    return Ending.COMPLETED;
                }
                // a failed chunk ends the run: the next claim starts over with fresh caches from the database
                var ending = commit(job, claim, lastLine, chunk, clock);
                if (ending != null) {
                    return ending;
                }
                lastLine = chunk.lastLine();
            }
        } catch (LostClaim e) {
            log.warn("import {}: another node took the job over; this worker stops", job.id());
            return Ending.LOST;
        }
    }

    /** One chunk in one transaction; null to go on, else how the run ends. */
    private Ending commit(ImportJob job, ImportClaims.Claim claim, int expectedLastLine, Chunk chunk, PhaseClock clock) {
        long committing = System.nanoTime();
        long committingCpu = PhaseClock.cpuNow();
        try {
            return inTransaction(job, claim, expectedLastLine, chunk, clock);
        } finally {
            clock.since("07 write and commit the chunk (08-15 and the commit)", committing, committingCpu);
        }
    }

    private Ending inTransaction(ImportJob job, ImportClaims.Claim claim, int expectedLastLine, Chunk chunk, PhaseClock clock) {
        return tx.execute(status -> {
            var state = jdbc.sql("SELECT claim_token, last_line, cancel_requested FROM import_job WHERE id = ? FOR UPDATE")
                    .param(job.id())
                    .query((rs, i) -> new State(rs.getObject("claim_token", UUID.class), rs.getInt("last_line"),
                            rs.getBoolean("cancel_requested")))
                    .single();
            if (!claim.token().equals(state.token()) || state.lastLine() != expectedLastLine) {
                throw new LostClaim();
            }
            if (state.cancelRequested()) {
                jdbc.sql("""
                                UPDATE import_job SET status = 'CANCELLED', cancel_requested = false, finished_at = now(), claim_token = NULL
                                WHERE id = ?""").param(job.id()).update();
                return Ending.CANCELLED;
            }
            var counts = writer.write(job.id(), chunk.decisions(), job.source(), clock);
            long moving = System.nanoTime();
            long movingCpu = PhaseClock.cpuNow();
            jdbc.sql("""
                            UPDATE import_job SET last_line = :line, rows_read = rows_read + :read, rows_rejected = rows_rejected + :rejected,
                                rows_created = rows_created + :created, rows_matched = rows_matched + :matched,
                                rows_queued = rows_queued + :queued, heartbeat_at = now()
                            WHERE id = :id""")
                    .param("line", chunk.lastLine()).param("read", counts.read()).param("rejected", counts.rejected())
                    .param("created", counts.created()).param("matched", counts.matched()).param("queued", counts.queued())
                    .param("id", job.id())
                    .update();
            clock.since("15 job's last line", moving, movingCpu);
            return null;
        });
    }

    private record State(UUID token, int lastLine, boolean cancelRequested) {
    }

    /** The claim token changed: another node owns the job now. */
    private static final class LostClaim extends RuntimeException {
        LostClaim() {
            super(null, null, false, false);
        }
    }

    private RowStream open(ImportJob job) throws IOException {
        if (job.format() == SheetFormat.CSV) {
            return new CsvRows(files.open(job.id()), Charset.forName(job.encoding()), job.separator().charAt(0));
        }
        Path copy = files.copyToTemp(job.id());
        XlsxRows rows;
        try {
            // checked again here: a job may have been uploaded before a limit existed or was lowered
            XlsxGuard.check(copy);
            rows = new XlsxRows(copy.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new RowStream() {
            @Override
            public SourceRow next() throws IOException {
                return rows.next();
            }

            @Override
            public void close() throws IOException {
                try {
                    rows.close();
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        };
    }
}
