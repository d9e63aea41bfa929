package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Permits held by registered products: public verification and renewal reminders. */
@Service
public class PermitRegister {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final PermitNumbers formats = PermitNumbers.load();

    PermitRegister(JdbcClient jdbc, RegistryAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * Looks a number up as typed on a label ("P-IRT No. 2061472010001-29", "BPOM RI MD 224...").
     * Every permit type's normalisation is tried, so the visitor need not say which kind it is.
     */
    public List<PublicPermit> verify(String typed, LocalDate today) {
        if (typed == null || typed.isBlank() || typed.length() > 80) {
            throw InvalidInput.of("number", "field.required");
        }
        var candidates = new ArrayList<String>();
        candidates.add(typed.trim().toUpperCase(Locale.ROOT));
        for (PermitType type : PermitType.values()) {
            var check = formats.check(type, typed);
            if (check.valid() && !candidates.contains(check.normalized())) {
                candidates.add(check.normalized());
            }
        }
        return jdbc.sql("""
                        SELECT pm.type, pm.number, p.name AS product_name, p.brand, b.name AS business_name, k.name AS regency,
                               pm.issued_on, pm.expires_on
                        FROM permit pm JOIN business b ON b.id = pm.business_id
                        LEFT JOIN product p ON p.id = pm.product_id
                        LEFT JOIN region k ON k.code = left(pm.region_code, 5)
                        WHERE upper(pm.number) IN (:numbers) AND b.status <> 'INACTIVE'
                        ORDER BY pm.type, p.name""")
                .param("numbers", candidates)
                .query((rs, i) -> {
                    LocalDate expires = rs.getObject("expires_on", LocalDate.class);
                    return new PublicPermit(PermitType.valueOf(rs.getString("type")), rs.getString("number"),
                            rs.getString("product_name"), rs.getString("brand"), rs.getString("business_name"),
                            rs.getString("regency"), rs.getObject("issued_on", LocalDate.class), expires,
                            PermitValidity.validOn(expires, today));
                })
                .list();
    }

    /** Permits in the user's view that expire within {@code days} (or already expired less than a year ago), soonest first. */
    public List<ExpiringPermit> expiring(int days, LocalDate today) {
        return expiring(days, today, null, null, 500);
    }

    /**
     * A page of that list: {@code limit} permits after the last one of the previous page (its expiry and id; null
     * for the first page), read in (expiry, id) order so that every page costs the same.
     */
    public List<ExpiringPermit> expiring(int days, LocalDate today, LocalDate afterExpiry, Long afterId, int limit) {
        var scope = access.visible(access.me());
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("until", today.plusDays(days));
        params.put("since", today.minusYears(1));
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        String page = "";
        if (afterExpiry != null && afterId != null) {
            page = " AND (pm.expires_on, pm.id) > (:afterExpiry, :afterId)";
            params.put("afterExpiry", afterExpiry);
            params.put("afterId", afterId);
        }
        return jdbc.sql("""
                        SELECT pm.id, pm.product_id, p.name AS product_name, pm.type, pm.number, pm.issued_on, pm.expires_on,
                               pm.issuer, b.id AS business_id, b.name AS business_name
                        FROM permit pm JOIN business b ON b.id = pm.business_id JOIN owner o ON o.id = b.owner_id
                        LEFT JOIN product p ON p.id = pm.product_id
                        WHERE pm.expires_on BETWEEN :since AND :until AND """ + " " + scope.sql() + page + " " + """
                         ORDER BY pm.expires_on, pm.id LIMIT :limit""")
                .params(params)
                .query((rs, i) -> new ExpiringPermit(Businesses.permitView(rs, i), rs.getLong("business_id"), rs.getString("business_name")))
                .list();
    }

    /** Permits held in the user's view (an owner: their own), those expiring first, then the ones without an expiry. */
    public List<ExpiringPermit> held(int limit) {
        var scope = access.visible(access.me());
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        return jdbc.sql("""
                        SELECT pm.id, pm.product_id, p.name AS product_name, pm.type, pm.number, pm.issued_on, pm.expires_on,
                               pm.issuer, b.id AS business_id, b.name AS business_name
                        FROM permit pm JOIN business b ON b.id = pm.business_id JOIN owner o ON o.id = b.owner_id
                        LEFT JOIN product p ON p.id = pm.product_id
                        WHERE b.merged_into IS NULL AND\s""" + scope.sql() + " ORDER BY pm.expires_on NULLS LAST, pm.id LIMIT :limit")
                .params(params)
                .query((rs, i) -> new ExpiringPermit(Businesses.permitView(rs, i), rs.getLong("business_id"), rs.getString("business_name")))
                .list();
    }

    /** The renewal list's horizon: permits expiring within this many days (and those expired within a year). */
    public static final int RENEWAL_WINDOW_DAYS = 90;

    /** How many permits {@code expiring(days, today)} pages through, for the home pages' count. */
    public long countExpiring(int days, LocalDate today) {
        var scope = access.visible(access.me());
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("until", today.plusDays(days));
        params.put("since", today.minusYears(1));
        return jdbc.sql("""
                        SELECT count(*) FROM permit pm JOIN business b ON b.id = pm.business_id JOIN owner o ON o.id = b.owner_id
                        WHERE pm.expires_on BETWEEN :since AND :until AND\s""" + scope.sql())
                .params(params).query(Long.class).single();
    }

    public record ExpiringPermit(PermitView permit, long businessId, String businessName) {
    }
}
