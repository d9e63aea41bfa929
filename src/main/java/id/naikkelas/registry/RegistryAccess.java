package id.naikkelas.registry;

import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;

/**
 * Who may see and change which registry records: the one rule every module follows, since they reach a
 * business only through {@code Businesses#get} and {@code Businesses#visibleCondition}. Officers, program managers
 * and administrators work within their jurisdiction; a facilitator works on the businesses they are assigned to
 * (an open assignment in a program), inside their jurisdiction; an owner sees only the businesses they own;
 * partners and buyers see none.
 */
@Component
class RegistryAccess {

    /**
     * The business {@code b} has an open assignment of the facilitator {@code :facilitatorId}. Assignments are the
     * programs module's; it publishes them as the view {@code programs_open_assignment} (ADR 0013), read here as SQL
     * rather than through its Java API, since programs already depends on the registry and modules form no cycle.
     */
    private static final String ASSIGNED = "EXISTS (SELECT 1 FROM programs_open_assignment fa"
            + " WHERE fa.business_id = b.id AND fa.facilitator_id = :facilitatorId)";

    private final Access access;
    private final JdbcClient jdbc;

    RegistryAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    CurrentUser me() {
        return access.require();
    }

    /**
     * Region codes that bound what the user may see, for reading an index by region before the exact rule of
     * {@link #visible} is applied; empty when nothing narrower than the country bounds it (administrators, owners).
     */
    java.util.List<String> regionBounds(CurrentUser me) {
        if ((isEditor(me) || me.has(Role.FACILITATOR)) && !me.jurisdiction().national()) {
            return me.jurisdiction().sortedCodes();
        }
        return java.util.List.of();
    }

    /** SQL condition over business alias {@code b} and owner alias {@code o} selecting what the user may see. */
    Jurisdiction.SqlCondition visible(CurrentUser me) {
        if (isEditor(me)) {
            return me.jurisdiction().sql("b.region_code");
        }
        if (me.has(Role.FACILITATOR)) {
            var region = me.jurisdiction().sql("b.region_code");
            var params = new HashMap<>(region.params());
            params.put("facilitatorId", me.id());
            return new Jurisdiction.SqlCondition("(" + region.sql() + " AND " + ASSIGNED + ")", params);
        }
        if (me.has(Role.OWNER)) {
            var params = new HashMap<String, Object>();
            params.put("me", me.id());
            return new Jurisdiction.SqlCondition("o.user_id = :me", params);
        }
        return new Jurisdiction.SqlCondition("FALSE", java.util.Map.of());
    }

    boolean canSee(CurrentUser me, long businessId, String regionCode, Long ownerUserId) {
        if (isEditor(me)) {
            return me.jurisdiction().covers(regionCode);
        }
        if (me.has(Role.FACILITATOR)) {
            return me.jurisdiction().covers(regionCode) && isAssigned(me, businessId);
        }
        return isOwner(me, ownerUserId);
    }

    private boolean isAssigned(CurrentUser me, long businessId) {
        return jdbc.sql("SELECT " + ASSIGNED.replace("b.id", ":businessId"))
                .param("facilitatorId", me.id()).param("businessId", businessId).query(Boolean.class).single();
    }

    boolean canEdit(CurrentUser me, String regionCode, Long ownerUserId) {
        return isEditor(me) ? me.jurisdiction().covers(regionCode) : isOwner(me, ownerUserId);
    }

    boolean canVerify(CurrentUser me, String regionCode) {
        return isEditor(me) && me.jurisdiction().covers(regionCode);
    }

    /** Officers verify identities, so they see the full NIK in their region; owners see their own. */
    boolean canSeeFullNik(CurrentUser me, String regionCode, Long ownerUserId) {
        return canVerify(me, regionCode) || isOwner(me, ownerUserId);
    }

    /** Who registers businesses at all: officers, program managers and administrators, and owners (their own). */
    void checkCanRegister(CurrentUser me) {
        if (!isEditor(me) && !me.has(Role.OWNER)) {
            throw new AccessDeniedException("cannot register businesses");
        }
    }

    /** Creating a business in a region: staff only inside their jurisdiction; owners for themselves anywhere. */
    void checkCanCreateIn(CurrentUser me, String regionCode) {
        if (isEditor(me) && me.jurisdiction().covers(regionCode) || me.has(Role.OWNER)) {
            return;
        }
        throw new AccessDeniedException("cannot register a business in " + regionCode);
    }

    void checkCanSearch(CurrentUser me) {
        if (!isStaff(me) && !me.has(Role.OWNER)) {
            throw new AccessDeniedException("no registry access");
        }
    }

    static boolean isStaff(CurrentUser me) {
        return me.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER, Role.FACILITATOR);
    }

    static boolean isEditor(CurrentUser me) {
        return me.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER);
    }

    private static boolean isOwner(CurrentUser me, Long ownerUserId) {
        return me.has(Role.OWNER) && ownerUserId != null && ownerUserId == me.id();
    }
}
