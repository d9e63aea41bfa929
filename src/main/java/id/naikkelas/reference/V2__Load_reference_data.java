package id.naikkelas.reference;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the bundled reference CSVs with PostgreSQL COPY (the 91,599 regions take well under
 * a second). As a Flyway migration it runs exactly once per database, even when several
 * application nodes start together.
 */
@Component
class V2__Load_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var copy = context.getConnection().unwrap(PGConnection.class).getCopyAPI();
        load(copy, "region(code, name, level, parent_code)", "reference/wilayah.csv");
        load(copy, "food_category(code, name_id, name_en, parent_code, note)", "reference/kategori-pangan.csv");
        load(copy, "irt_food_type(code, name_id, name_en, examples_id, note)", "reference/jenis-pangan-irt.csv");
        load(copy, "holiday(date, name_id, name_en, kind, note)", "reference/hari-libur.csv");
    }

    private static void load(org.postgresql.copy.CopyManager copy, String target, String resource) throws Exception {
        try (var in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }
}
