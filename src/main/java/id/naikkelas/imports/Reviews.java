package id.naikkelas.imports;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.ListedDetails;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The review queue: rows that look like an existing business but not surely enough. An officer
 * compares them side by side and either merges (picking each field from either side; the business
 * keeps its history and gains this list as a source) or registers the row as a new business. A merge
 * can be undone as long as nobody changed the business since.
 */
@Service
class Reviews {

    enum Side { EXISTING, INCOMING }

    enum Status { PENDING, MERGED, CREATED }

    record QueueItem(long id, long jobId, int line, String fileName, long businessId, String businessName, String ownerName,
                     String incomingName, String incomingOwner, double score, Status status) {
    }

    /**
     * One field side by side; {@code suggested} is the side kept unless the officer picks the other.
     * A conflict is two different values; an empty side is no conflict (and picking it would erase the other).
     */
    record Row(MergeField field, String existing, String incoming, boolean same, boolean conflict, Side suggested) {
    }

    record ReviewView(long id, long jobId, int line, String fileName, double score, Status status, long businessId,
                      String businessName, List<Row> rows, boolean undoable, Long createdBusinessId, String decidedBy,
                      OffsetDateTime decidedAt, int version) {
    }

    private record Item(long id, long jobId, int line, long businessId, double score, BusinessData incoming, Status status,
                        BusinessData before, Integer mergedVersion, Boolean sourceAdded, Long createdBusinessId,
                        String decidedBy, OffsetDateTime decidedAt, int version, ListedDetails listed) {

        /** The line's permits and notes, for the business it became; none when the line had none. */
        void record(Businesses businesses, long businessId) {
            if (listed != null && !(listed.permits().isEmpty() && listed.notes().isEmpty())) {
                businesses.recordListed(List.of(new ListedDetails(businessId, listed.permits(), listed.notes())));
            }
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportJobs jobs;
    private final Businesses businesses;
    private final Regions regions;
    private final MessageSource messages;
    private final SealedCells sealed;

    Reviews(JdbcClient jdbc, JsonMapper json, ImportJobs jobs, Businesses businesses, Regions regions, MessageSource messages,
            SealedCells sealed) {
        this.sealed = sealed;
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
        this.businesses = businesses;
        this.regions = regions;
        this.messages = messages;
    }

    /** Items of the agency's imports in the officer's jurisdiction, oldest first, after item {@code after}; {@code jobId} narrows to one import. */
    List<QueueItem> queue(Status status, Long jobId, long after, int size) {
        var where = visible(status, jobId);
        where.params().put("after", after);
        where.params().put("size", Math.max(1, Math.min(size, 200)));
        return jdbc.sql("""
                        SELECT r.id, r.job_id, r.line, r.score, r.status, r.business_id, j.file_name, b.name, b.owner_name AS full_name,
                               r.incoming ->> 'name' AS incoming_name, r.incoming -> 'owner' ->> 'fullName' AS incoming_owner
                        FROM import_review r JOIN import_job j ON j.id = r.job_id
                        JOIN registry_business b ON b.id = r.business_id
                        WHERE r.id > :after""" + " AND " + where.sql() + " ORDER BY r.id LIMIT :size")
                .params(where.params())
                .query((rs, i) -> new QueueItem(rs.getLong("id"), rs.getLong("job_id"), rs.getInt("line"), rs.getString("file_name"),
                        rs.getLong("business_id"), rs.getString("name"), rs.getString("full_name"), rs.getString("incoming_name"),
                        rs.getString("incoming_owner"), rs.getDouble("score"), Status.valueOf(rs.getString("status"))))
                .list();
    }

    /** How many items the queue holds, for its link and heading. */
    long count(Status status, Long jobId) {
        var where = visible(status, jobId);
        return jdbc.sql("SELECT count(*) FROM import_review r JOIN import_job j ON j.id = r.job_id WHERE " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    /** The queue's condition: this status, the user's agency (administrators: all), the user's jurisdiction. */
    private Jurisdiction.SqlCondition visible(Status status, Long jobId) {
        var me = jobs.importer();
        var scope = me.jurisdiction().sql("r.region_code");
        var params = new HashMap<String, Object>(scope.params());
        params.put("status", status.name());
        params.put("agency", me.agencyId() == null ? 0L : me.agencyId());
        params.put("me", me.username());
        params.put("admin", me.isAdmin());
        params.put("job", jobId);
        return new Jurisdiction.SqlCondition("r.status = :status AND (CAST(:job AS bigint) IS NULL OR r.job_id = :job) "
                + "AND (:admin OR coalesce(j.agency_id, 0) = :agency OR lower(j.created_by) = lower(:me)) AND " + scope.sql(), params);
    }

    ReviewView get(long id, Locale locale) {
        var item = item(id);
        var job = jobs.get(item.jobId());
        var detail = businesses.get(item.businessId());
        var existing = businesses.dataOf(item.businessId());
        var rows = new ArrayList<Row>();
        for (var field : MergeField.values()) {
            Object mine = field.of(existing);
            Object theirs = field.of(item.incoming());
            boolean same = same(mine, theirs);
            rows.add(new Row(field, display(field, mine, locale), display(field, theirs, locale), same,
                    mine != null && theirs != null && !same, mine == null && theirs != null ? Side.INCOMING : Side.EXISTING));
        }
        boolean undoable = item.status() == Status.MERGED && Objects.equals(item.mergedVersion(), detail.version());
        return new ReviewView(item.id(), item.jobId(), item.line(), job.fileName(), item.score(), item.status(), item.businessId(),
                detail.name(), rows, undoable, item.createdBusinessId(), item.decidedBy(), item.decidedAt(), item.version());
    }

    /**
     * Merges the row into the business: each field from the side picked (unpicked fields keep the
     * business's value, or take the row's where the business has none). Goes through the registry's
     * audited update, so the business's history shows the merge; the state before is kept for undo.
     */
    @Transactional
    void merge(long id, int version, Map<MergeField, Side> picks) {
        var item = pending(id, version);
        var job = jobs.get(item.jobId());
        var detail = businesses.get(item.businessId());
        var existing = businesses.dataOf(item.businessId());
        var values = new EnumMap<MergeField, Object>(MergeField.class);
        for (var field : MergeField.values()) {
            Object mine = field.of(existing);
            Side side = picks.getOrDefault(field, mine == null ? Side.INCOMING : Side.EXISTING);
            values.put(field, side == Side.INCOMING ? field.of(item.incoming()) : mine);
        }
        var merged = MergeField.with(existing, values);
        businesses.update(item.businessId(), detail.version(), merged);
        boolean sourceAdded = !detail.sources().contains(job.source());
        businesses.linkAll(Map.of(item.businessId(), merged), job.source());
        item.record(businesses, item.businessId());
        int after = businesses.get(item.businessId()).version();
        decided(item, "MERGED", """
                before_state = CAST(:before AS jsonb), merged_version = :after, source_added = :added""",
                // the state kept for undo holds the owner's NIK sealed, as the registry does
                Map.of("before", json.writeValueAsString(sealed.sealOwner(existing)), "after", after, "added", sourceAdded));
    }

    /** Not the same business after all: the row becomes a new business, through the registry's audited registration. */
    @Transactional
    long create(long id, int version) {
        var item = pending(id, version);
        var job = jobs.get(item.jobId());
        long created = businesses.register(item.incoming(), job.source());
        item.record(businesses, created);
        decided(item, "CREATED", "created_business_id = :created", Map.of("created", created));
        return created;
    }

    /** Restores the business as it was before the merge (an audited update) and removes the source the merge added. */
    @Transactional
    void undo(long id) {
        var item = item(id);
        var job = jobs.get(item.jobId());
        var detail = businesses.get(item.businessId());
        if (item.status() != Status.MERGED) {
            throw InvalidInput.of("status", "imports.review.notMerged");
        }
        if (!Objects.equals(item.mergedVersion(), detail.version())) {
            throw InvalidInput.of("status", "imports.review.changedSince");
        }
        businesses.update(item.businessId(), detail.version(), item.before());
        if (Boolean.TRUE.equals(item.sourceAdded())) {
            businesses.unlink(item.businessId(), job.source());
        }
        jdbc.sql("""
                        UPDATE import_review SET status = 'PENDING', before_state = NULL, merged_version = NULL, source_added = NULL,
                            decided_by = NULL, decided_at = NULL, version = version + 1
                        WHERE id = ?""").param(id).update();
    }

    private Item pending(long id, int version) {
        var item = item(id);
        if (item.status() != Status.PENDING) {
            throw InvalidInput.of("status", "imports.review.decided");
        }
        if (item.version() != version) {
            throw new EditConflict("import_review", id);
        }
        return item;
    }

    private void decided(Item item, String status, String set, Map<String, Object> params) {
        int updated = jdbc.sql("UPDATE import_review SET status = :status, " + set
                        + ", decided_by = :by, decided_at = now(), version = version + 1 WHERE id = :id AND version = :version")
                .params(params).param("status", status).param("by", jobs.importer().username()).param("id", item.id())
                .param("version", item.version())
                .update();
        if (updated == 0) {
            throw new EditConflict("import_review", item.id());
        }
    }

    /** The item, if its import is one the user may see and its business lies in the user's jurisdiction. */
    private Item item(long id) {
        var item = jdbc.sql("""
                        SELECT id, job_id, line, business_id, score, incoming::text AS incoming, status, before_state::text AS before_state,
                               merged_version, source_added, created_business_id, decided_by, decided_at, version, listed::text AS listed
                        FROM import_review WHERE id = ?""")
                .param(id)
                .query((rs, i) -> new Item(rs.getLong("id"), rs.getLong("job_id"), rs.getInt("line"), rs.getLong("business_id"),
                        rs.getDouble("score"), sealed.openOwner(json.readValue(rs.getString("incoming"), BusinessData.class)),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("before_state") == null ? null
                                : sealed.openOwner(json.readValue(rs.getString("before_state"), BusinessData.class)),
                        rs.getObject("merged_version", Integer.class), rs.getObject("source_added", Boolean.class),
                        rs.getObject("created_business_id", Long.class), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class), rs.getInt("version"),
                        rs.getString("listed") == null ? null : json.readValue(rs.getString("listed"), ListedDetails.class)))
                .optional().orElseThrow(() -> new NotFound("import_review", id));
        jobs.get(item.jobId());
        return item;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private String display(MergeField field, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case LEGAL_FORM -> messages.getMessage("legalForm." + value, null, value.toString(), locale);
            case SECTOR -> messages.getMessage("sector." + value, null, value.toString(), locale);
            case GENDER -> messages.getMessage("gender." + value, null, value.toString(), locale);
            case REGION_CODE -> regions.label((String) value);
            case CAPITAL, ANNUAL_SALES -> "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(value);
            default -> value.toString();
        };
    }
}
