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

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MappingTemplates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Template(long id, String name, Map<Field, String> headers) {

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
        return jdbc.sql("SELECT id, name, mapping::text AS mapping FROM import_template WHERE coalesce(agency_id, 0) = ? ORDER BY lower(name)")
                .param(agencyId == null ? 0L : agencyId)
                .query((rs, i) -> new Template(rs.getLong("id"), rs.getString("name"), json.readValue(rs.getString("mapping"), BY_HEADER)))
                .list();
    }

    Optional<Template> find(Long agencyId, long id) {
        return of(agencyId).stream().filter(t -> t.id() == id).findFirst();
    }

    /** The saved template that fits the most of a file's columns (at least two), if any. */
    Optional<Map<Field, Integer>> bestFor(Long agencyId, List<String> fileHeaders) {
        return of(agencyId).stream().map(t -> t.applyTo(fileHeaders)).filter(m -> m.size() >= 2)
                .max(Comparator.comparingInt(Map::size));
    }

    void save(Long agencyId, String name, Map<Field, Integer> mapping, List<String> fileHeaders, String username) {
        var byHeader = new EnumMap<Field, String>(Field.class);
        mapping.forEach((field, column) -> byHeader.put(field, Headers.normalise(fileHeaders.get(column))));
        jdbc.sql("""
                        INSERT INTO import_template (agency_id, name, mapping, created_by) VALUES (?, ?, ?::jsonb, ?)
                        ON CONFLICT (coalesce(agency_id, 0), lower(name))
                        DO UPDATE SET mapping = excluded.mapping, created_by = excluded.created_by, updated_at = now()""")
                .params(agencyId, name.trim(), json.writeValueAsString(byHeader), username)
                .update();
    }
}
