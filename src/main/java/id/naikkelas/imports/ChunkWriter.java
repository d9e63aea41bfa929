package id.naikkelas.imports;

import id.naikkelas.database.BulkCopy;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
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

    ChunkWriter(Businesses businesses, JsonMapper json, BulkCopy copy, SealedCells sealed) {
        this.businesses = businesses;
        this.json = json;
        this.copy = copy;
        this.sealed = sealed;
    }

    ImportJob.Counts write(long jobId, List<Matcher.Decision> decisions, String source) {
        createAndLink(decisions, source);
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
        copy.into("import_row (job_id, line, outcome, business_id, score)", rows -> {
            for (var d : decisions) {
                // the score says why a row was linked or queued; rows created or rejected have none worth keeping
                boolean scored = d.outcome() == Matcher.Outcome.MATCHED || d.outcome() == Matcher.Outcome.QUEUED;
                rows.row(jobId, d.row().line(), d.outcome().name(), d.target() == null ? null : d.target().businessId,
                        scored ? (float) d.score() : null);
            }
        });
        if (rejected > 0) {
            writeRejections(jobId, decisions);
        }
        if (queued > 0) {
            writeReviews(jobId, decisions);
        }
        return new ImportJob.Counts(decisions.size(), rejected, created, matched, queued);
    }

    /**
     * New businesses in one call, then links to existing ones in another. A row matching a business
     * created earlier in the same chunk only completes that business's empty fields before it is saved.
     */
    private void createAndLink(List<Matcher.Decision> decisions, String source) {
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
        var ids = businesses.registerAll(order.stream().map(creations::get).toList(), source);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).businessId = ids.get(i);
        }
        businesses.linkAll(links, source);
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

    private void writeReviews(long jobId, List<Matcher.Decision> decisions) {
        copy.into("import_review (job_id, line, business_id, region_code, score, incoming)", rows -> {
            for (var d : decisions) {
                if (d.outcome() == Matcher.Outcome.QUEUED) {
                    rows.row(jobId, d.row().line(), d.target().businessId, d.row().data().regionCode(), (float) d.score(),
                            json.writeValueAsString(sealed.sealOwner(d.row().data())));
                }
            }
        });
    }
}
