package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node polls for import work: a queued job, or a running one whose worker stopped sending
 * heartbeats (its node was killed). One job at a time per node keeps a 2-core machine responsive;
 * more nodes process more jobs. On shutdown the current job stops between chunks and waits for the
 * next claim, here or on another node.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportClaims claims;
    private final ImportProcessor processor;
    private final ImportSettings settings;
    private volatile boolean running = true;

    ImportWorker(ImportClaims claims, ImportProcessor processor, ImportSettings settings) {
        this.claims = claims;
        this.processor = processor;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${naikkelas.imports.poll-interval}", initialDelayString = "${naikkelas.imports.poll-interval}")
    void poll() {
        while (running) {
            var claim = claims.claimNext(settings.staleAfter());
            if (claim.isEmpty()) {
                return;
            }
            try {
                var ending = processor.process(claim.get(), settings.chunkSize(), () -> running);
                log.debug("import {} ended: {}", claim.get().jobId(), ending);
            } catch (RuntimeException e) {
                var refusal = fileRefusal(e);
                if (refusal != null) {
                    // the file itself breaks a limit: another attempt would read the same bytes
                    log.info("import {} refused: {} {}", claim.get().jobId(), refusal.code(), refusal.args());
                    claims.refuse(claim.get(), refusal);
                } else {
                    log.warn("import {} failed", claim.get().jobId(), e);
                    claims.release(claim.get(), summary(e), settings.maxAttempts());
                }
            }
        }
    }

    /**
     * The reason when the file was refused (the readers' and guards' refusals all name the "file" field);
     * null for anything else, which may be passing (a conflict, a lost connection) and is tried again.
     */
    private static InvalidInput.Violation fileRefusal(RuntimeException e) {
        if (e instanceof InvalidInput invalid && !invalid.violations().isEmpty()
                && "file".equals(invalid.violations().get(0).field())) {
            return invalid.violations().get(0);
        }
        return null;
    }

    /** What the import page shows of an unexpected error: its type and the start of its message. */
    private static String summary(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
