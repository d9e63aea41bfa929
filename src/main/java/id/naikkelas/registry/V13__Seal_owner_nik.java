package id.naikkelas.registry;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * NIKs stop being stored in clear (ADR 0007): each is sealed and hashed with the application's key,
 * in the same transaction that drops the clear column, so a database is never half converted.
 */
@Component
class V13__Seal_owner_nik extends BaseJavaMigration {

    private final NikVault vault;

    V13__Seal_owner_nik(NikVault vault) {
        this.vault = vault;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE owner ADD COLUMN nik_sealed text, ADD COLUMN nik_hash varchar(64)");
        }
        try (var read = connection.createStatement();
             var rows = read.executeQuery("SELECT id, nik FROM owner WHERE nik IS NOT NULL");
             var write = connection.prepareStatement("UPDATE owner SET nik_sealed = ?, nik_hash = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String nik = rows.getString("nik");
                write.setString(1, vault.seal(nik));
                write.setString(2, vault.hash(nik));
                write.setLong(3, rows.getLong("id"));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
        try (var ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE owner DROP COLUMN nik");
            ddl.execute("CREATE UNIQUE INDEX owner_nik_hash_uq ON owner (nik_hash) WHERE nik_hash IS NOT NULL");
            ddl.execute("COMMENT ON COLUMN owner.nik_sealed IS 'NIK sealed with AES-256-GCM under naikkelas.pii.key (NikVault)'");
            ddl.execute("COMMENT ON COLUMN owner.nik_hash IS 'HMAC-SHA256 of the NIK under a key derived from naikkelas.pii.key: exact look-up only'");
        }
    }
}
