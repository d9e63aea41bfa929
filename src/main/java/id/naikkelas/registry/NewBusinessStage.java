package id.naikkelas.registry;

import id.naikkelas.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a batch of validated new businesses with their owners and source (ADR 0009): the batch goes
 * to the server in one COPY into a temporary table, then a few set-based statements turn it into
 * owner, business and business_source rows. The temporary table is private to the session, not
 * WAL-logged and emptied at commit; it holds the NIK only sealed and hashed, as table owner does.
 */
@Component
class NewBusinessStage {

    private static final String STAGE = "registry_new_business";

    private final JdbcClient jdbc;
    private final BulkCopy copy;
    private final NikVault vault;

    NewBusinessStage(JdbcClient jdbc, BulkCopy copy, NikVault vault) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.vault = vault;
    }

    /**
     * Inserts the batch in order and returns the new business ids, in the same order. A row whose NIK is
     * already registered, or came earlier in the batch, gets that owner, as {@code Businesses#register} does.
     */
    List<Long> insert(List<RegistryValidation.CleanBusiness> batch, String source, Long agencyId, String createdBy) {
        var hashes = new ArrayList<String>(batch.size());
        for (var c : batch) {
            hashes.add(vault.hash(c.data().owner().nik()));
        }
        var ownerOfHash = registeredOwners(hashes);
        var seen = new HashSet<String>();
        int freshOwners = 0;
        for (String hash : hashes) {
            if (hash == null || !ownerOfHash.containsKey(hash) && seen.add(hash)) {
                freshOwners++;
            }
        }
        var ids = new ArrayList<Long>(batch.size());
        var freshIds = new ArrayList<Long>(freshOwners);
        // ids first, so each staged row knows its business and owner; the sequences by their bigserial names,
        // as pg_get_serial_sequence would look them up in the catalog again for every row
        jdbc.sql("""
                        SELECT nextval('business_id_seq') AS business_id,
                               CASE WHEN i <= :owners THEN nextval('owner_id_seq') END AS owner_id
                        FROM generate_series(1, :count) AS i""")
                .param("owners", freshOwners).param("count", batch.size())
                .query(rs -> {
                    ids.add(rs.getLong("business_id"));
                    long owner = rs.getLong("owner_id");
                    if (!rs.wasNull()) {
                        freshIds.add(owner);
                    }
                });
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS registry_new_business (
                    business_id bigint, owner_id bigint, new_owner boolean, name text, legal_form text, nib text, npwp text, kbli text,
                    sector text, address text, region_code text, workers integer, founded_year integer, capital numeric,
                    annual_sales numeric, scale text, premises text, equipment text, production_sites integer, outlets integer,
                    search_doc text, owner_name text, nik_sealed text, nik_hash text, nik_masked text, gender text, phone text,
                    email text)
                ON COMMIT DELETE ROWS""").update();
        // left by an earlier batch of the same transaction, if any
        jdbc.sql("DELETE FROM registry_new_business").update();
        int[] nextFresh = {0};
        copy.into(STAGE, rows -> {
            for (int i = 0; i < batch.size(); i++) {
                var c = batch.get(i);
                var d = c.data();
                var o = d.owner();
                String hash = hashes.get(i);
                Long ownerId = hash == null ? null : ownerOfHash.get(hash);
                boolean newOwner = ownerId == null;
                if (newOwner) {
                    ownerId = freshIds.get(nextFresh[0]++);
                    if (hash != null) {
                        ownerOfHash.put(hash, ownerId);
                    }
                }
                rows.row(ids.get(i), ownerId, newOwner, d.name(), d.legalForm().name(), d.nib(), d.npwp(),
                        d.kbliCodes().isEmpty() ? null : String.join(",", d.kbliCodes()), d.sector().name(), d.address(),
                        d.regionCode(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(),
                        c.scale() == null ? null : c.scale().name(), d.premises() == null ? null : d.premises().name(),
                        d.equipment() == null ? null : d.equipment().name(), d.productionSites(), d.outlets(), c.searchDoc(),
                        o.fullName(), newOwner ? vault.seal(o.nik()) : null, hash, newOwner ? c.ownerNikMasked() : null, o.gender(),
                        o.phone(), o.email());
            }
        });
        int inserted = jdbc.sql("""
                INSERT INTO owner (id, full_name, nik_sealed, nik_hash, nik_masked, gender, phone, email)
                SELECT owner_id, owner_name, nik_sealed, nik_hash, nik_masked, gender, phone, email
                FROM registry_new_business WHERE new_owner
                ON CONFLICT (nik_hash) WHERE nik_hash IS NOT NULL DO NOTHING""").update();
        if (inserted < freshOwners) {
            // another import registered one of these NIKs since it was looked up: its rows take that owner
            jdbc.sql("""
                    UPDATE registry_new_business s SET owner_id = o.id
                    FROM owner o WHERE s.new_owner AND o.nik_hash = s.nik_hash AND o.id <> s.owner_id""").update();
        }
        jdbc.sql("""
                        INSERT INTO business (id, name, legal_form, nib, npwp, kbli_codes, sector, address, region_code, workers,
                            founded_year, capital, annual_sales, scale, premises, equipment, production_sites, outlets, search_doc,
                            owner_id, created_by, contact_phone)
                        SELECT business_id, name, legal_form, nib, npwp, coalesce(string_to_array(kbli, ','), '{}'), sector, address,
                               region_code, workers, founded_year, capital, annual_sales, scale, premises, equipment, production_sites,
                               outlets, search_text(search_doc), owner_id, :createdBy,
                               -- the line's phone is this business's contact; an owner already known keeps the phone it has
                               phone
                        FROM registry_new_business""")
                .param("createdBy", createdBy).update();
        jdbc.sql("""
                        INSERT INTO business_source (business_id, source, agency_id)
                        SELECT business_id, :source, :agency FROM registry_new_business""")
                .param("source", source).param("agency", agencyId).update();
        return ids;
    }

    /** Owner ids by NIK hash, for the hashes already registered (one index look-up for the batch). */
    private Map<String, Long> registeredOwners(List<String> hashes) {
        var wanted = hashes.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        var owners = new HashMap<String, Long>();
        if (wanted.length > 0) {
            jdbc.sql("SELECT id, nik_hash FROM owner WHERE nik_hash = ANY(CAST(:hashes AS varchar[]))")
                    .param("hashes", wanted)
                    .query(rs -> {
                        owners.put(rs.getString("nik_hash"), rs.getLong("id"));
                    });
        }
        return owners;
    }
}
