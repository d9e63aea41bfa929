package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes one chunk's decisions inside the chunk's transaction: new businesses and links through the
 * registry's bulk path, then what happened to every line, the rejected lines with their reasons and
 * the rows for review, each as one set-based statement.
 */
@Component
class ChunkWriter {

    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final JsonMapper json;
    private final SealedCells sealed;

    ChunkWriter(JdbcClient jdbc, Businesses businesses, JsonMapper json, SealedCells sealed) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.json = json;
        this.sealed = sealed;
    }

    ImportJob.Counts write(long jobId, List<Matcher.Decision> decisions, String source) {
        createAndLink(decisions, source);
        var lines = new ArrayList<Integer>();
        var outcomes = new ArrayList<String>();
        var businessIds = new ArrayList<Long>();
        var scores = new ArrayList<Double>();
        int rejected = 0;
        int created = 0;
        int matched = 0;
        int queued = 0;
        for (var d : decisions) {
            lines.add(d.row().line());
            outcomes.add(d.outcome().name());
            businessIds.add(d.target() == null ? null : d.target().businessId);
            // the score says why a row was linked or queued; rows created or rejected have none worth keeping
            scores.add(d.outcome() == Matcher.Outcome.MATCHED || d.outcome() == Matcher.Outcome.QUEUED ? d.score() : null);
            switch (d.outcome()) {
                case REJECTED -> rejected++;
                case CREATED -> created++;
                case MATCHED -> matched++;
                case QUEUED -> queued++;
            }
        }
        jdbc.sql("""
                        INSERT INTO import_row (job_id, line, outcome, business_id, score)
                        SELECT :job, u.line, u.outcome, u.business_id, u.score
                        FROM unnest(CAST(:lines AS integer[]), CAST(:outcomes AS varchar[]), CAST(:businesses AS bigint[]),
                                    CAST(:scores AS real[])) AS u(line, outcome, business_id, score)""")
                .param("job", jobId).param("lines", lines.toArray(Integer[]::new)).param("outcomes", outcomes.toArray(String[]::new))
                .param("businesses", businessIds.toArray(Long[]::new)).param("scores", scores.toArray(Double[]::new))
                .update();
        writeRejections(jobId, decisions);
        writeReviews(jobId, decisions);
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
        var lines = new ArrayList<Integer>();
        var cells = new ArrayList<String>();
        var problems = new ArrayList<String>();
        for (var d : decisions) {
            if (d.outcome() != Matcher.Outcome.REJECTED) {
                continue;
            }
            lines.add(d.row().line());
            // NIKs sealed in the cells, masked in the reasons: the database keeps none in clear
            cells.add(json.writeValueAsString(sealed.seal(d.row().cells())));
            var reasons = new ArrayList<RowProblem>();
            d.row().problems().forEach(p -> reasons.add(masked(p)));
            if (d.problem() != null) {
                reasons.add(masked(d.problem()));
            }
            problems.add(json.writeValueAsString(reasons));
        }
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO import_rejection (job_id, line, cells, problems)
                        SELECT :job, u.line, CAST(u.cells AS jsonb), CAST(u.problems AS jsonb)
                        FROM unnest(CAST(:lines AS integer[]), CAST(:cells AS text[]), CAST(:problems AS text[])) AS u(line, cells, problems)""")
                .param("job", jobId).param("lines", lines.toArray(Integer[]::new)).param("cells", cells.toArray(String[]::new))
                .param("problems", problems.toArray(String[]::new))
                .update();
    }

    private static RowProblem masked(RowProblem p) {
        var args = p.args().stream().map(a -> a instanceof String text ? (Object) NikShapes.mask(text) : a).toList();
        return new RowProblem(p.column(), p.header(), NikShapes.mask(p.value()), p.code(), args);
    }

    private void writeReviews(long jobId, List<Matcher.Decision> decisions) {
        var lines = new ArrayList<Integer>();
        var ids = new ArrayList<Long>();
        var regions = new ArrayList<String>();
        var scores = new ArrayList<Double>();
        var incoming = new ArrayList<String>();
        for (var d : decisions) {
            if (d.outcome() == Matcher.Outcome.QUEUED) {
                lines.add(d.row().line());
                ids.add(d.target().businessId);
                regions.add(d.row().data().regionCode());
                scores.add(d.score());
                incoming.add(json.writeValueAsString(sealed.sealOwner(d.row().data())));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO import_review (job_id, line, business_id, region_code, score, incoming)
                        SELECT :job, u.line, u.business_id, u.region_code, u.score, CAST(u.incoming AS jsonb)
                        FROM unnest(CAST(:lines AS integer[]), CAST(:ids AS bigint[]), CAST(:regions AS varchar[]),
                                    CAST(:scores AS real[]), CAST(:incoming AS text[])) AS u(line, business_id, region_code, score, incoming)""")
                .param("job", jobId).param("lines", lines.toArray(Integer[]::new)).param("ids", ids.toArray(Long[]::new))
                .param("regions", regions.toArray(String[]::new)).param("scores", scores.toArray(Double[]::new))
                .param("incoming", incoming.toArray(String[]::new))
                .update();
    }
}
