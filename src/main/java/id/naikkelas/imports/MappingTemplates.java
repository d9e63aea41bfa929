package id.naikkelas.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Column mappings an agency saved under a name. They are stored by header text, not by position, so
 * next month's list with the columns in another order still maps the same way.
 */
@Component
class MappingTemplates {

    private static final TypeReference<Map<Field, String>> BY_HEADER = new TypeReference<>() {
    };
    private static final TypeReference<List<Field>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MappingTemplates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code required}: the mandatory fields saved with it (null: the default). */
    record Template(long id, String name, Map<Field, String> headers, List<Field> required) {

        /** The template applied to a file's headers: fields whose header is in the file. */
        Map<Field, Integer> applyTo(List<String> fileHeaders) {
            var mapping = new EnumMap<Field, Integer>(Field.class);
            var normalised = fileHeaders.stream().map(Headers::normalise).toList();
            headers.forEach((field, header) -> {
                int column = normalised.indexOf(header);
                if (column >= 0) {
                    mapping.put(field, column);
                }
            });
            return mapping;
        }
    }

    List<Template> of(Long agencyId) {
        return jdbc.sql("""
                        SELECT id, name, mapping::text AS mapping, required_fields::text AS required FROM import_template
                        WHERE coalesce(agency_id, 0) = ? ORDER BY lower(name)""")
                .param(agencyId == null ? 0L : agencyId)
                .query((rs, i) -> new Template(rs.getLong("id"), rs.getString("name"), json.readValue(rs.getString("mapping"), BY_HEADER),
                        rs.getString("required") == null ? null : json.readValue(rs.getString("required"), FIELDS)))
                .list();
    }

    Optional<Template> find(Long agencyId, long id) {
        return of(agencyId).stream().filter(t -> t.id() == id).findFirst();
    }

    /** The saved template that fits the most of a file's columns (at least two), if any. */
    Optional<Template> bestFor(Long agencyId, List<String> fileHeaders) {
        return of(agencyId).stream().filter(t -> t.applyTo(fileHeaders).size() >= 2)
                .max(Comparator.comparingInt(t -> t.applyTo(fileHeaders).size()));
    }

    void save(Long agencyId, String name, Map<Field, Integer> mapping, java.util.Collection<Field> required, List<String> fileHeaders,
              String username) {
        var byHeader = new EnumMap<Field, String>(Field.class);
        mapping.forEach((field, column) -> byHeader.put(field, Headers.normalise(fileHeaders.get(column))));
        jdbc.sql("""
                        INSERT INTO import_template (agency_id, name, mapping, required_fields, created_by) VALUES (?, ?, ?::jsonb, ?::jsonb, ?)
                        ON CONFLICT (coalesce(agency_id, 0), lower(name))
                        DO UPDATE SET mapping = excluded.mapping, required_fields = excluded.required_fields,
                            created_by = excluded.created_by, updated_at = now()""")
                .params(agencyId, name.trim(), json.writeValueAsString(byHeader),
                        required == null ? null : json.writeValueAsString(new java.util.TreeSet<>(required)), username)
                .update();
    }
}
