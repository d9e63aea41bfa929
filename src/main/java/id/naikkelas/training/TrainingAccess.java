package id.naikkelas.training;

import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.identity.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Who sees which events: agency staff those held in their jurisdiction or open to businesses of it
 * (Bengkalis officers see the Dumai event their UMKM join online), partners those their
 * organisation supports, owners open events aimed at their business's region and those they are
 * registered for. Only staff of the event's own region manage it.
 */
final class TrainingAccess {

    private TrainingAccess() {
    }

    static boolean manages(CurrentUser me, String eventRegion) {
        return me.isProgramStaff() && me.jurisdiction().covers(eventRegion);
    }

    /** SQL condition over event alias {@code e}. */
    static Jurisdiction.SqlCondition visible(CurrentUser me) {
        var parts = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        params.put("meId", me.id());
        if (me.isStaff()) {
            var here = me.jurisdiction().sql("e.region_code");
            parts.add(here.sql());
            params.putAll(here.params());
            var target = me.jurisdiction().sql("rc");
            params.putAll(target.params());
            params.put("jurCodes", me.jurisdiction().sortedCodes().toArray(String[]::new));
            parts.add("EXISTS (SELECT 1 FROM unnest(e.target_region_codes) rc WHERE " + target.sql()
                    + " OR EXISTS (SELECT 1 FROM unnest(CAST(:jurCodes AS text[])) j WHERE j LIKE rc || '.%'))");
        }
        if (me.has(Role.PARTNER) && me.agencyId() != null) {
            parts.add("EXISTS (SELECT 1 FROM training_partner tp WHERE tp.event_id = e.id AND tp.agency_id = :meAgency)");
            params.put("meAgency", me.agencyId());
        }
        if (me.isOwner()) {
            // both as sets worked out once, so the events are found by index (primary key, targets), not checked one by one
            parts.add("e.id = ANY(ARRAY(SELECT r.event_id FROM training_registration r JOIN registry_business b ON b.id = r.business_id "
                    + "WHERE b.owner_user_id = :meId))");
            parts.add("(e.status = 'OPEN' AND e.target_region_codes && " + OWNERS_REGIONS_AND_ABOVE + ")");
        }
        return new Jurisdiction.SqlCondition(parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")", params);
    }

    /**
     * An event is open to a business when it targets the business's region or one above it. The regions of the
     * owner's businesses and those above them (province PP, regency PP.KK, district PP.KK.CC) are worked out once
     * per query; the events aimed at them are then found through the targets' index (V100).
     */
    static final String OWNERS_REGIONS_AND_ABOVE = "CAST(ARRAY(SELECT a FROM registry_business b, unnest(ARRAY[left(b.region_code, 2), "
            + "left(b.region_code, 5), left(b.region_code, 8), b.region_code]) a WHERE b.owner_user_id = :meId) AS varchar[])";
}
