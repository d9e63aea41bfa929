package id.naikkelas.assessment;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published checklist templates and level tables, stored in the database so every application
 * node sees what an administrator publishes. A published (code, version) never changes (the table
 * refuses updates), so each node may keep what it has parsed: the cache can be stale only by
 * missing a version, which the next lookup loads.
 */
@Service
public class AssessmentDefinitions {

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditTrail audit;
    private final ChecklistCatalog checklists = new ChecklistCatalog();
    private final Map<String, LevelRule> levelRules = new ConcurrentHashMap<>();

    AssessmentDefinitions(JdbcClient jdbc, Access access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The newest version of every checklist, by code: what a new inspection uses. */
    public List<ChecklistTemplate> currentChecklists() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (code) code, version FROM assessment_definition
                        WHERE kind = 'CHECKLIST' ORDER BY code, version DESC""")
                .query((rs, i) -> Map.entry(rs.getString("code"), rs.getInt("version"))).list().stream()
                // parsed after the rows are read: a cache miss queries again, which must not happen while the result is open
                .map(row -> checklist(row.getKey(), row.getValue())).toList();
    }

    public ChecklistTemplate checklist(String code, int version) {
        return checklists.find(code, version).orElseGet(() -> {
            var template = ChecklistTemplates.parse(stored(DefinitionKind.CHECKLIST, code, version), fileName(code, version));
            checklists.publish(template);
            return template;
        });
    }

    public Optional<ChecklistTemplate> latestChecklist(String code) {
        return latestVersion(DefinitionKind.CHECKLIST, code).map(version -> checklist(code, version));
    }

    public LevelRule levelRule(String code, int version) {
        return levelRules.computeIfAbsent(code + "\u0000" + version,
                key -> LevelRule.parse(stored(DefinitionKind.LEVEL_RULE, code, version), fileName(code, version)));
    }

    public Optional<LevelRule> latestLevelRule(String code) {
        return latestVersion(DefinitionKind.LEVEL_RULE, code).map(version -> levelRule(code, version));
    }

    /** Every published version, checklists first, newest version of each code first. Administrators only. */
    public List<DefinitionVersion> versions() {
        requireAdmin();
        return jdbc.sql("""
                        SELECT kind, code, version, published_by, published_at FROM assessment_definition
                        ORDER BY kind, code, version DESC""")
                .query((rs, i) -> new DefinitionVersion(DefinitionKind.valueOf(rs.getString("kind")), rs.getString("code"),
                        rs.getInt("version"), rs.getString("published_by"),
                        Inspections.jakarta(rs.getObject("published_at", OffsetDateTime.class)), null, null))
                .list().stream()
                // parsed after the rows are read: a cache miss queries again, which must not happen while the result is open
                .map(v -> new DefinitionVersion(v.kind(), v.code(), v.version(), v.publishedBy(), v.publishedAt(),
                        v.kind() == DefinitionKind.CHECKLIST ? checklist(v.code(), v.version()) : null,
                        v.kind() == DefinitionKind.LEVEL_RULE ? levelRule(v.code(), v.version()) : null))
                .toList();
    }

    /** The YAML as published (a bundled file keeps its explanatory comments), to edit and import as a new version. */
    public String export(DefinitionKind kind, String code, int version) {
        requireAdmin();
        return stored(kind, code, version);
    }

    /**
     * Publishes a checklist or level table an administrator imports. Publishing a version again with
     * the same content changes nothing; with other content it is refused, since inspections may
     * already be scored against it.
     */
    @Transactional
    public Published publish(DefinitionKind kind, String yamlText) {
        requireAdmin();
        if (yamlText == null || yamlText.isBlank()) {
            throw InvalidInput.of("yaml", "field.required");
        }
        return publish(kind, yamlText, "import.yml", access.require().username());
    }

    /** Publishes a definition shipped with the application (at startup, by nobody in particular). */
    @Transactional
    Published publishBundled(DefinitionKind kind, String yamlText, String fileName) {
        return publish(kind, yamlText, fileName, "system");
    }

    private Published publish(DefinitionKind kind, String yamlText, String source, String publishedBy) {
        Object parsed = parse(kind, yamlText, source);
        String code = kind == DefinitionKind.CHECKLIST ? ((ChecklistTemplate) parsed).code() : ((LevelRule) parsed).code();
        int version = kind == DefinitionKind.CHECKLIST ? ((ChecklistTemplate) parsed).version() : ((LevelRule) parsed).version();
        if (parsed instanceof ChecklistTemplate template) {
            requireLevelRule(template);
        }
        int inserted = jdbc.sql("""
                        INSERT INTO assessment_definition (kind, code, version, yaml, published_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (kind, code, version) DO NOTHING""")
                .params(kind.name(), code, version, yamlText, publishedBy).update();
        if (inserted == 1) {
            audit.created("assessment_definition", kind + ":" + code + ":" + version, null,
                    Map.of("kind", kind, "code", code, "version", version));
            return new Published(kind, code, version, true);
        }
        Object published = kind == DefinitionKind.CHECKLIST ? checklist(code, version) : levelRule(code, version);
        if (!published.equals(parsed)) {
            int next = latestVersion(kind, code).orElse(version) + 1;
            throw InvalidInput.of("yaml", "assessment.definition.versionTaken", code, version, next);
        }
        return new Published(kind, code, version, false);
    }

    private static Object parse(DefinitionKind kind, String yamlText, String source) {
        try {
            return kind == DefinitionKind.CHECKLIST ? ChecklistTemplates.parse(yamlText, source) : LevelRule.parse(yamlText, source);
        } catch (InvalidDefinitionException e) {
            // the parser's message says where and why, in the file's own terms
            throw InvalidInput.of("yaml", "assessment.definition.invalid", e.getMessage());
        }
    }

    /** A checklist that names a level table nobody published could never be scored. */
    private void requireLevelRule(ChecklistTemplate template) {
        template.levelRuleCode().ifPresent(rule -> {
            if (latestVersion(DefinitionKind.LEVEL_RULE, rule).isEmpty()) {
                throw InvalidInput.of("yaml", "assessment.definition.unknownLevelRule", rule);
            }
        });
    }

    private Optional<Integer> latestVersion(DefinitionKind kind, String code) {
        return jdbc.sql("SELECT version FROM assessment_definition WHERE kind = ? AND code = ? ORDER BY version DESC LIMIT 1")
                .params(kind.name(), code).query(Integer.class).optional();
    }

    private String stored(DefinitionKind kind, String code, int version) {
        return jdbc.sql("SELECT yaml FROM assessment_definition WHERE kind = ? AND code = ? AND version = ?")
                .params(kind.name(), code, version).query(String.class).optional()
                .orElseThrow(() -> new NotFound(kind.name().toLowerCase(), code + " v" + version));
    }

    private static String fileName(String code, int version) {
        return code + "-v" + version + ".yml";
    }

    private void requireAdmin() {
        if (!access.require().isAdmin()) {
            throw new AccessDeniedException("only administrators manage checklists and level tables");
        }
    }
}
