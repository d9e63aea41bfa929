package id.naikkelas.registry;

import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;

/**
 * Who may see and change which registry records. Agency staff work within their
 * jurisdiction; an owner sees only the businesses they own; partners and buyers see none.
 */
@Component
class RegistryAccess {

    private final Access access;

    RegistryAccess(Access access) {
        this.access = access;
    }

    CurrentUser me() {
        return access.require();
    }

    /** SQL condition over business alias {@code b} and owner alias {@code o} selecting what the user may see. */
    Jurisdiction.SqlCondition visible(CurrentUser me) {
        if (isStaff(me)) {
            return me.jurisdiction().sql("b.region_code");
        }
        if (me.has(Role.OWNER)) {
            var params = new HashMap<String, Object>();
            params.put("me", me.id());
            return new Jurisdiction.SqlCondition("o.user_id = :me", params);
        }
        return new Jurisdiction.SqlCondition("FALSE", java.util.Map.of());
    }

    boolean canSee(CurrentUser me, String regionCode, Long ownerUserId) {
        return isStaff(me) ? me.jurisdiction().covers(regionCode) : isOwner(me, ownerUserId);
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
