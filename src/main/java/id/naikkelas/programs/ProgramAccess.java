package id.naikkelas.programs;

import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.identity.Role;

import java.util.HashMap;
import java.util.Map;

/**
 * Who sees which programs: agency staff those running in their jurisdiction, partners those
 * their organisation is a partner of, facilitators those they have an assignment in, owners
 * those their businesses are enrolled in or may apply to (active ones in their region).
 */
final class ProgramAccess {

    private ProgramAccess() {
    }

    static boolean manages(CurrentUser me, String programRegion) {
        return me.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER) && me.jurisdiction().covers(programRegion);
    }

    /** SQL condition over program alias {@code p}. */
    static Jurisdiction.SqlCondition visible(CurrentUser me) {
        var parts = new java.util.ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        params.put("meId", me.id());
        if (me.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER)) {
            var jurisdiction = me.jurisdiction().sql("p.region_code");
            parts.add(jurisdiction.sql());
            params.putAll(jurisdiction.params());
        }
        if (me.has(Role.PARTNER) && me.agencyId() != null) {
            parts.add("EXISTS (SELECT 1 FROM program_partner pp WHERE pp.program_id = p.id AND pp.agency_id = :meAgency)");
            params.put("meAgency", me.agencyId());
        }
        if (me.has(Role.FACILITATOR)) {
            parts.add("EXISTS (SELECT 1 FROM enrollment e JOIN assignment a ON a.enrollment_id = e.id AND a.ended_at IS NULL "
                    + "WHERE e.program_id = p.id AND a.facilitator_id = :meId)");
        }
        if (me.has(Role.OWNER)) {
            parts.add("EXISTS (SELECT 1 FROM enrollment e JOIN registry_business b ON b.id = e.business_id "
                    + "WHERE e.program_id = p.id AND b.owner_user_id = :meId)");
            parts.add("(p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM registry_business b WHERE b.owner_user_id = :meId "
                    + "AND EXISTS (SELECT 1 FROM unnest(p.region_codes) rc WHERE b.region_code = rc OR b.region_code LIKE rc || '.%')))");
        }
        return new Jurisdiction.SqlCondition(parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")", params);
    }
}
