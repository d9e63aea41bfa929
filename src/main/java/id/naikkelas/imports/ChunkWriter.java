package id.naikkelas.imports;

import id.naikkelas.database.BulkCopy;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.ListedDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes one chunk's decisions inside the chunk's transaction: new businesses and links through the
 * registry's bulk path, then what happened to every line, the rejected lines with their reasons and
 * the rows for review, each streamed with one COPY (ADR 0009).
 */
@Component
class ChunkWriter {

    private final Businesses businesses;
    private final JsonMapper json;
    private final BulkCopy copy;
    private final SealedCells sealed;
    private final WaitingReviews reviews;
    private final JdbcClient jdbc;

    ChunkWriter(Businesses businesses, JsonMapper json, BulkCopy copy, SealedCells sealed, WaitingReviews reviews, JdbcClient jdbc) {
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.json = json;
        this.copy = copy;
        this.sealed = sealed;
    }

    ImportJob.Counts write(long jobId, List<Matcher.Decision> decisions, String source, PhaseClock clock) {
        createAndLink(decisions, source, clock);
        // reviews already waiting for the same line content and business (a re-saved copy of a list): linked, not queued again
        var reviewOf = clock.time("11 reviews already waiting", () -> reviews.waiting(decisions));
        int rejected = 0;
        int created = 0;
        int matched = 0;
        int queued = 0;
        for (var d : decisions) {
            switch (d.outcome()) {
                case REJECTED -> rejected++;
                case CREATED -> created++;
                case MATCHED -> matched++;
                case QUEUED -> queued++;
            }
        }
        long ledger = System.nanoTime();
        long ledgerCpu = PhaseClock.cpuNow();
        copy.into("import_row (job_id, line, outcome, business_id, score, review_id)", rows -> {
            for (var d : decisions) {
                // the score says why a row was linked or queued; rows created or rejected have none worth keeping
                boolean scored = d.outcome() == Matcher.Outcome.MATCHED || d.outcome() == Matcher.Outcome.QUEUED;
                rows.row(jobId, d.row().line(), d.outcome().name(), d.target() == null ? null : d.target().businessId,
                        scored ? (float) d.score() : null, reviewOf.get(d));
            }
        });
        clock.since("12 line outcomes (import_row)", ledger, ledgerCpu);
        if (rejected > 0) {
            clock.time("13 rejected lines", () -> writeRejections(jobId, decisions));
        }
        if (queued > reviewOf.size()) {
            clock.time("14 reviews", () -> writeReviews(jobId, decisions, reviewOf));
        }
        return new ImportJob.Counts(decisions.size(), rejected, created, matched, queued);
    }

    /**
     * New businesses in one call, then links to existing ones in another. A row matching a business
     * created earlier in the same chunk only completes that business's empty fields before it is saved.
     */
    private void createAndLink(List<Matcher.Decision> decisions, String source, PhaseClock clock) {
        var creations = new IdentityHashMap<Candidate, BusinessData>();
        var order = new ArrayList<Candidate>();
        for (var d : decisions) {
            if (d.outcome() == Matcher.Outcome.CREATED) {
                creations.put(d.target(), d.row().data());
                order.add(d.target());
            }
        }
        var links = new LinkedHashMap<Long, BusinessData>();
        for (var d : decisions) {
            if (d.outcome() != Matcher.Outcome.MATCHED) {
                continue;
            }
            if (creations.containsKey(d.target())) {
                creations.put(d.target(), MergeField.fillEmpty(creations.get(d.target()), d.row().data()));
            } else {
                links.merge(d.target().businessId, d.row().data(), MergeField::fillEmpty);
            }
        }
        var ids = clock.time("08 new businesses: owners, businesses, sources, words, audit",
                () -> businesses.registerAll(order.stream().map(creations::get).toList(), source));
        for (int i = 0; i < order.size(); i++) {
            order.get(i).businessId = ids.get(i);
        }
        clock.time("09 links to known businesses", () -> businesses.linkAll(links, source));
        // what the permits and notes columns add, to the business each line became (created or linked)
        var listed = new ArrayList<ListedDetails>();
        for (var d : decisions) {
            if ((d.outcome() == Matcher.Outcome.CREATED || d.outcome() == Matcher.Outcome.MATCHED) && !d.row().listed().empty()) {
                listed.add(d.row().listed().of(d.target().businessId));
            }
        }
        clock.time("10 permits and notes listed", () -> businesses.recordListed(listed));
    }

    private void writeRejections(long jobId, List<Matcher.Decision> decisions) {
        copy.into("import_rejection (job_id, line, cells, problems)", rows -> {
            for (var d : decisions) {
                if (d.outcome() == Matcher.Outcome.REJECTED) {
                    // NIKs sealed in the cells, masked in the reasons: the database keeps none in clear
                    var reasons = new ArrayList<RowProblem>();
                    d.row().problems().forEach(p -> reasons.add(masked(p)));
                    if (d.problem() != null) {
                        reasons.add(masked(d.problem()));
                    }
                    rows.row(jobId, d.row().line(), json.writeValueAsString(sealed.seal(d.row().cells())),
                            json.writeValueAsString(reasons));
                }
            }
        });
    }

    private static RowProblem masked(RowProblem p) {
        var args = p.args().stream().map(a -> a instanceof String text ? (Object) NikShapes.mask(text) : a).toList();
        return new RowProblem(p.column(), p.header(), NikShapes.mask(p.value()), p.code(), args);
    }

    /** New reviews, one per (line content, business) even when a list repeats a line; each line then names its review. */
    private void writeReviews(long jobId, List<Matcher.Decision> decisions, Map<Matcher.Decision, Long> waiting) {
        var written = new HashSet<String>();
        copy.into("import_review (job_id, line, business_id, region_code, score, incoming, content_key, listed)", rows -> {
            for (var d : decisions) {
                if (d.outcome() == Matcher.Outcome.QUEUED && !waiting.containsKey(d)) {
                    String key = reviews.contentKey(d.row().data());
                    if (written.add(key + "/" + d.target().businessId)) {
                        rows.row(jobId, d.row().line(), d.target().businessId, d.row().data().regionCode(), (float) d.score(),
                                json.writeValueAsString(sealed.sealOwner(d.row().data())), key,
                                d.row().listed().empty() ? null : json.writeValueAsString(d.row().listed().of(0)));
                    }
                }
            }
        });
        // each line queued here, and any repeat of it in this chunk, names the review written for its content
        var lines = new ArrayList<Integer>();
        var keys = new ArrayList<String>();
        var targets = new ArrayList<Long>();
        for (var d : decisions) {
            if (d.outcome() == Matcher.Outcome.QUEUED && !waiting.containsKey(d)) {
                lines.add(d.row().line());
                keys.add(reviews.contentKey(d.row().data()));
                targets.add(d.target().businessId);
            }
        }
        jdbc.sql("""
                        UPDATE import_row r SET review_id = v.id
                        FROM unnest(CAST(:lines AS int[]), CAST(:keys AS varchar[]), CAST(:targets AS bigint[])) AS u(line, key, business)
                        JOIN import_review v ON v.content_key = u.key AND v.business_id = u.business
                        WHERE r.job_id = :job AND r.line = u.line""")
                .param("lines", lines.toArray(Integer[]::new)).param("keys", keys.toArray(String[]::new))
                .param("targets", targets.toArray(Long[]::new)).param("job", jobId).update();
    }
}
