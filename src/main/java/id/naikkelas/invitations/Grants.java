package id.naikkelas.invitations;

import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles an inviter may hand out, as data: never one above their own, never an administrator (the national
 * administrator makes those), and to a partner organisation's members only the roles a partner has in a program.
 * Owners and buyers sign themselves up.
 */
final class Grants {

    /** By the inviter's highest role: the roles they may give to their own agency's people. */
    private static final Map<Role, Set<Role>> OWN_AGENCY = Map.of(
            Role.ADMIN, EnumSet.of(Role.PROGRAM_MANAGER, Role.OFFICER, Role.FACILITATOR, Role.PARTNER),
            Role.PROGRAM_MANAGER, EnumSet.of(Role.PROGRAM_MANAGER, Role.OFFICER, Role.FACILITATOR));

    /** The roles a partner organisation's member may have: a facilitator in the programs it partners in, or its contact. */
    private static final Set<Role> PARTNER_MEMBER = EnumSet.of(Role.FACILITATOR, Role.PARTNER);

    private Grants() {
    }

    static boolean mayInvite(CurrentUser me) {
        return me.isAdmin() || me.has(Role.PROGRAM_MANAGER) && me.agencyId() != null;
    }

    /** The roles {@code me} may give to a member of an agency: their own ({@code ownAgency}) or a partner organisation. */
    static Set<Role> roles(CurrentUser me, boolean ownAgency) {
        if (!mayInvite(me)) {
            return Set.of();
        }
        if (!ownAgency) {
            return PARTNER_MEMBER;
        }
        return OWN_AGENCY.get(me.isAdmin() ? Role.ADMIN : Role.PROGRAM_MANAGER);
    }

    /** Every role an invitation may carry, for the form's choices. */
    static Set<Role> all(CurrentUser me) {
        var all = EnumSet.noneOf(Role.class);
        all.addAll(roles(me, true));
        all.addAll(roles(me, false));
        return all;
    }
}
