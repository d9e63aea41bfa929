package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import jobs as agency staff see them: upload (the same file twice is refused with a link to the
 * first import), map the columns, start, cancel and resume. A job belongs to the importer's agency;
 * colleagues of the same agency see it, others do not.
 */
@Service
class ImportJobs {

    private static final TypeReference<List<FileFacts.Column>> COLUMNS = new TypeReference<>() {
    };
    private static final TypeReference<Map<Field, Integer>> MAPPING = new TypeReference<>() {
    };
    private static final TypeReference<List<Field>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Access access;
    private final ImportFiles files;
    private final MappingTemplates templates;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    ImportJobs(JdbcClient jdbc, JsonMapper json, Access access, ImportFiles files, MappingTemplates templates,
               TransactionTemplate tx, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.files = files;
        this.templates = templates;
        this.tx = tx;
    }

    /** Agency staff who register businesses may import lists. */
    CurrentUser importer() {
        var me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("only agency staff import lists");
        }
        return me;
    }

    ImportJob upload(String fileName, InputStream content) throws IOException {
        var me = importer();
        // control characters (NUL above all: PostgreSQL refuses it in text) and path separators become "_"
        String name = fileName == null || fileName.isBlank() ? "daftar" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        try (var spooled = Spooled.copy(content)) {
            if (spooled.size() == 0) {
                throw InvalidInput.of("file", "imports.file.empty");
            }
            var earlier = findByHash(me.agencyId(), spooled.sha256());
            if (earlier.isPresent()) {
                throw new AlreadyImported(earlier.get());
            }
            var facts = FileInspector.inspect(spooled);
            var headers = facts.columns().stream().map(FileFacts.Column::header).toList();
            var template = templates.bestFor(me.agencyId(), headers);
            var mapping = template.map(saved -> withGuesses(saved.applyTo(headers), Headers.guess(headers)))
                    .orElseGet(() -> Headers.guess(headers));
            // the template's mandatory fields come with its mapping
            var required = template.map(MappingTemplates.Template::required).orElse(null);
            var parts = files.store(spooled.path());
            try {
                Long id = tx.execute(status -> {
                    long jobId = jdbc.sql("""
                                    INSERT INTO import_job (agency_id, created_by, file_name, content_sha256, file_size, format, encoding,
                                        separator, header_line, estimated_rows, columns, mapping, required_fields)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb) RETURNING id""")
                            .params(me.agencyId(), me.username(), name.length() > 200 ? name.substring(0, 200) : name, spooled.sha256(),
                                    spooled.size(), facts.format().name(), facts.encoding(), facts.separator(), facts.headerLine(),
                                    facts.estimatedRows(), json.writeValueAsString(facts.columns()), json.writeValueAsString(mapping),
                                    required == null ? null : json.writeValueAsString(required))
                            .query(Long.class).single();
                    files.attach(jobId, parts);
                    return jobId;
                });
                return load(id);
            } catch (DuplicateKeyException e) {
                // the same file uploaded twice at the same moment: the other upload won
                files.delete(parts);
                throw new AlreadyImported(findByHash(me.agencyId(), spooled.sha256()).orElseThrow());
            } catch (RuntimeException e) {
                files.delete(parts);
                throw e;
            }
        }
    }

    ImportJob get(long id) {
        var me = importer();
        var job = jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFound("import", id));
        if (!me.isAdmin() && !job.createdBy().equalsIgnoreCase(me.username())
                && (job.agencyId() == null || !job.agencyId().equals(me.agencyId()))) {
            throw new NotFound("import", id);
        }
        return job;
    }

    /** The agency's imports, newest first. */
    List<ImportJob> recent() {
        var me = importer();
        return jdbc.sql("""
                        SELECT * FROM import_job WHERE coalesce(agency_id, 0) = ? OR lower(created_by) = lower(?)
                        ORDER BY id DESC LIMIT 50""")
                .params(me.agencyId() == null ? 0L : me.agencyId(), me.username())
                .query(this::map).list();
    }

    /** Saves the column mapping with the default mandatory fields (and, if named, a template for the agency). */
    ImportJob map(long id, Map<Field, Integer> mapping, String templateName) {
        return map(id, mapping, null, false, templateName);
    }

    /**
     * Saves the column mapping, the mandatory fields ({@code required}; null: the default, see {@link RequiredFields}) and
     * whether an unknown village falls back to its district (and, if named, a template for the agency); every column at
     * most once, every mandatory field with a column.
     */
    ImportJob map(long id, Map<Field, Integer> mapping, java.util.Collection<Field> required, boolean villageFallback,
                  String templateName) {
        var me = importer();
        var job = get(id);
        if (job.status() != ImportStatus.MAPPING) {
            throw InvalidInput.of("mapping", "imports.mapping.locked");
        }
        var problems = new InvalidInput.Collector();
        var used = new HashSet<Integer>();
        for (var entry : mapping.entrySet()) {
            int column = entry.getValue();
            if (column < 0 || column >= job.columns().size()) {
                problems.add(entry.getKey().name(), "imports.mapping.noSuchColumn");
            } else if (!used.add(column)) {
                problems.add(entry.getKey().name(), "imports.mapping.columnTwice", job.columns().get(column).header());
            }
        }
        for (var field : Field.values()) {
            if ((field.required() || required != null && required.contains(field) && !field.region())
                    && !RequiredFields.mapped(field, mapping)) {
                problems.add(field.name(), "imports.mapping.required");
            }
        }
        if (!mapping.containsKey(Field.REGION_CODE) && !mapping.containsKey(Field.DISTRICT) && !mapping.containsKey(Field.VILLAGE)) {
            problems.add(Field.DISTRICT.name(), "imports.mapping.region");
        }
        if (templateName != null && templateName.trim().length() > 100) {
            problems.add("templateName", "registry.tooLong", 100);
        }
        problems.throwIfAny();
        String requiredJson = required == null ? null : json.writeValueAsString(new java.util.TreeSet<>(required));
        jdbc.sql("UPDATE import_job SET mapping = ?::jsonb, required_fields = ?::jsonb, village_fallback = ? WHERE id = ?")
                .params(json.writeValueAsString(fieldMap(mapping)), requiredJson, villageFallback, id).update();
        if (templateName != null && !templateName.isBlank()) {
            templates.save(me.agencyId(), templateName, mapping, required, job.headers(), me.username());
        }
        return get(id);
    }

    /** Queues a mapped job; any node's worker picks it up within a second or two. */
    ImportJob start(long id) {
        var job = get(id);
        if (job.status() != ImportStatus.MAPPING) {
            throw InvalidInput.of("status", "imports.start.notReady");
        }
        jdbc.sql("UPDATE import_job SET status = 'QUEUED' WHERE id = ? AND status = 'MAPPING'").param(id).update();
        return get(id);
    }

    /** A queued job stops at once; a running one at its next chunk (what was committed stays). */
    ImportJob cancel(long id) {
        get(id);
        jdbc.sql("""
                        UPDATE import_job SET status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
                            finished_at = CASE WHEN status = 'QUEUED' THEN now() ELSE finished_at END,
                            cancel_requested = (status = 'RUNNING')
                        WHERE id = ? AND status IN ('QUEUED', 'RUNNING')""").param(id).update();
        return get(id);
    }

    /** A cancelled or failed job goes back to the queue and continues after its last committed line. */
    ImportJob resume(long id) {
        var job = get(id);
        if (!job.status().resumable()) {
            throw InvalidInput.of("status", "imports.resume.notResumable");
        }
        jdbc.sql("""
                        UPDATE import_job SET status = 'QUEUED', attempts = 0, error = NULL, error_code = NULL, error_args = NULL,
                            finished_at = NULL, cancel_requested = false
                        WHERE id = ? AND status IN ('CANCELLED', 'FAILED')""").param(id).update();
        return get(id);
    }

    /** For the worker, which acts on a job without a signed-in user. */
    ImportJob load(long id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(this::map).single();
    }

    /** The agency's saved choices first; the guess fills fields and columns the template does not cover. */
    static Map<Field, Integer> withGuesses(Map<Field, Integer> saved, Map<Field, Integer> guess) {
        var mapping = fieldMap(saved);
        guess.forEach((field, column) -> {
            if (!mapping.containsKey(field) && !mapping.containsValue(column)) {
                mapping.put(field, column);
            }
        });
        return mapping;
    }

    /** In field order (EnumMap), which is also the order the mapping screen lists them. */
    static Map<Field, Integer> fieldMap(Map<Field, Integer> mapping) {
        var ordered = new EnumMap<Field, Integer>(Field.class);
        ordered.putAll(mapping);
        return ordered;
    }

    private Optional<Long> findByHash(Long agencyId, String sha256) {
        return jdbc.sql("SELECT id FROM import_job WHERE coalesce(agency_id, 0) = ? AND content_sha256 = ?")
                .params(agencyId == null ? 0L : agencyId, sha256).query(Long.class).optional();
    }

    /** A refusal is stored as a message key: told in the reader's language; other errors as they were caught. */
    private String error(ResultSet rs) throws SQLException {
        String code = rs.getString("error_code");
        if (code == null) {
            return rs.getString("error");
        }
        String args = rs.getString("error_args");
        Object[] values = args == null ? new Object[0] : json.readValue(args, Object[].class);
        return messages.getMessage(code, values, code, LocaleContextHolder.getLocale());
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        String mapping = rs.getString("mapping");
        return new ImportJob(rs.getLong("id"), rs.getObject("agency_id", Long.class), rs.getString("created_by"),
                rs.getString("file_name"), rs.getString("content_sha256"), rs.getLong("file_size"),
                SheetFormat.valueOf(rs.getString("format")), rs.getString("encoding"), rs.getString("separator"),
                rs.getInt("header_line"), rs.getObject("estimated_rows", Integer.class),
                json.readValue(rs.getString("columns"), COLUMNS),
                mapping == null ? Map.of() : fieldMap(json.readValue(mapping, MAPPING)),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("last_line"),
                new ImportJob.Counts(rs.getInt("rows_read"), rs.getInt("rows_rejected"), rs.getInt("rows_created"),
                        rs.getInt("rows_matched"), rs.getInt("rows_queued")),
                rs.getBoolean("cancel_requested"), error(rs), rs.getString("error_code"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("details_purged_at", OffsetDateTime.class),
                rs.getString("required_fields") == null ? null : json.readValue(rs.getString("required_fields"), FIELDS),
                rs.getBoolean("village_fallback"));
    }
}
