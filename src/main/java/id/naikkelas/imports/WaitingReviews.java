package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.StagedNiks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reviews are unique per (line content, business): a line read into the same registry data as one already
 * waiting for (or decided in) review against the same business names that review instead of queuing a second
 * one. That is what a re-saved copy of an imported list (same rows, other bytes) or a list sent twice by two
 * offices looks like. The content is compared by a keyed hash, so the key reveals nothing of the line.
 */
@Component
class WaitingReviews {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedNiks vault;

    WaitingReviews(JdbcClient jdbc, JsonMapper json, StagedNiks vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.vault = vault;
    }

    /** The keyed hash of what a line says (as registry data: column order, spacing and spelling of numbers do not count). */
    String contentKey(BusinessData data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
            // keyed: a NIK in the content cannot be found again by hashing guesses
            return vault.keyedHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Of a chunk's queued lines, those whose content already has a review against the same business, with its id. */
    Map<Matcher.Decision, Long> waiting(List<Matcher.Decision> decisions) {
        var queued = decisions.stream().filter(d -> d.outcome() == Matcher.Outcome.QUEUED).toList();
        var found = new IdentityHashMap<Matcher.Decision, Long>();
        if (queued.isEmpty()) {
            return found;
        }
        var keys = new ArrayList<String>(queued.size());
        queued.forEach(d -> keys.add(contentKey(d.row().data())));
        var existing = new HashMap<String, Long>();
        jdbc.sql("SELECT id, content_key, business_id FROM import_review WHERE content_key = ANY(CAST(:keys AS varchar[]))")
                .param("keys", keys.toArray(String[]::new))
                .query(rs -> {
                    existing.put(rs.getString("content_key") + "/" + rs.getLong("business_id"), rs.getLong("id"));
                });
        for (int i = 0; i < queued.size(); i++) {
            Long id = existing.get(keys.get(i) + "/" + queued.get(i).target().businessId);
            if (id != null) {
                found.put(queued.get(i), id);
            }
        }
        return found;
    }
}
