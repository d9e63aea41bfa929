package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * Records the NIB a business got from OSS when it is typed somewhere other than the profile form (a case step
 * asking for it), so it is asked once and kept where every permit reads it. It only fills an empty NIB: a
 * different NIB is a correction of the profile, made on the profile form by whoever may edit it.
 */
@Service
public class BusinessNib {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditTrail audit;

    BusinessNib(JdbcClient jdbc, RegistryAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Fills the business's empty NIB, or confirms the one it has. Whoever sees the business may do it (the
     * caller checks that they act on the step: an assigned facilitator types it for the owner, recorded as such).
     *
     * @param field the input's name, for the error the person sees
     * @return the NIB as stored (13 digits)
     */
    @Transactional
    public String fill(long businessId, String typed, String field) {
        var me = access.me();
        var stored = jdbc.sql("""
                        SELECT b.region_code, b.nib, o.user_id FROM business b JOIN owner o ON o.id = b.owner_id
                        WHERE b.id = ? FOR UPDATE OF b""")
                .param(businessId)
                .query((rs, i) -> new Stored(rs.getString("region_code"), rs.getString("nib"), rs.getObject("user_id", Long.class)))
                .optional().orElseThrow(() -> new NotFound("business", businessId));
        if (!access.canSee(me, businessId, stored.regionCode(), stored.ownerUserId())) {
            throw new NotFound("business", businessId);
        }
        var check = Nib.check(typed);
        if (!check.valid()) {
            var problems = new InvalidInput.Collector();
            check.problems().forEach(p -> problems.add(field, p.code(), p.argsArray()));
            problems.throwIfAny();
        }
        String nib = check.normalized();
        if (stored.nib() != null) {
            if (stored.nib().equals(nib)) {
                return nib;
            }
            throw InvalidInput.of(field, "registry.nib.differs", stored.nib());
        }
        try {
            jdbc.sql("UPDATE business SET nib = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                    .params(nib, businessId).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of(field, "registry.nib.taken");
        }
        Map<String, Object> before = new HashMap<>();
        before.put("nib", null);
        audit.changed("business", businessId, stored.regionCode(), before, Map.of("nib", nib));
        return nib;
    }

    private record Stored(String regionCode, String nib, Long ownerUserId) {
    }
}
