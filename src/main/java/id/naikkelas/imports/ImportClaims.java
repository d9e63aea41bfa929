package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Which node works on which job, decided in PostgreSQL only: a node claims a waiting job, or a running
 * one whose worker stopped sending heartbeats, with {@code FOR UPDATE SKIP LOCKED}, so two nodes never
 * take the same job and no node keeps state of its own. Every chunk commit checks the claim token,
 * so a worker that was presumed dead and comes back cannot write twice.
 */
@Component
class ImportClaims {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ImportClaims(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Claim(long jobId, UUID token) {
    }

    Optional<Claim> claimNext(Duration staleAfter) {
        var token = UUID.randomUUID();
        return jdbc.sql("""
                        UPDATE import_job SET status = 'RUNNING', claim_token = :token, claimed_by = :node, heartbeat_at = now(),
                            started_at = coalesce(started_at, now()), attempts = attempts + 1
                        WHERE id = (SELECT id FROM import_job
                                    WHERE status = 'QUEUED'
                                       OR status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => :stale)
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id""")
                .param("token", token).param("node", node).param("stale", (double) staleAfter.toSeconds())
                .query(Long.class).optional()
                .map(id -> new Claim(id, token));
    }

    /** False when another node has taken the job over: this worker must stop. */
    boolean heartbeat(Claim claim) {
        return jdbc.sql("UPDATE import_job SET heartbeat_at = now() WHERE id = ? AND claim_token = ?")
                .params(claim.jobId(), claim.token()).update() == 1;
    }

    /** False when the claim was lost meanwhile (another node finishes the job). */
    boolean complete(Claim claim) {
        return jdbc.sql("""
                        UPDATE import_job SET status = 'COMPLETED', finished_at = now(), claim_token = NULL,
                            error = NULL, error_code = NULL, error_args = NULL
                        WHERE id = ? AND claim_token = ?""")
                .params(claim.jobId(), claim.token()).update() == 1;
    }

    /**
     * The file was refused (a limit, or content that is no list): failed at once with the reason as a message
     * key and its arguments, shown in the language of whoever reads the job.
     */
    void refuse(Claim claim, InvalidInput.Violation reason) {
        jdbc.sql("""
                        UPDATE import_job SET status = 'FAILED', finished_at = now(), claim_token = NULL,
                            error = ?, error_code = ?, error_args = CAST(? AS jsonb)
                        WHERE id = ? AND claim_token = ?""")
                .params(reason.code(), reason.code(), json.writeValueAsString(reason.args()), claim.jobId(), claim.token())
                .update();
    }

    /** After an error: back in the queue for another attempt, or failed for good after {@code maxAttempts}. */
    void release(Claim claim, String error, int maxAttempts) {
        jdbc.sql("""
                        UPDATE import_job SET status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'QUEUED' END,
                            finished_at = CASE WHEN attempts >= ? THEN now() END, claim_token = NULL, error = ?,
                            error_code = NULL, error_args = NULL
                        WHERE id = ? AND claim_token = ?""")
                .params(maxAttempts, maxAttempts, error, claim.jobId(), claim.token()).update();
    }
}
