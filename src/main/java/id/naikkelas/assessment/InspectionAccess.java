package id.naikkelas.assessment;

import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessStanding;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with inspections, on top of the registry's rule for seeing the business (a
 * business the user may not see answers NotFound before these are asked, and a facilitator sees only
 * the businesses assigned to them). Inspectors are those facilitators and the officers, program managers
 * and administrators who may edit the business; the owner reads their own finished inspections and actions and
 * submits evidence.
 */
final class InspectionAccess {

    private InspectionAccess() {
    }

    static boolean mayInspect(CurrentUser me, BusinessStanding business) {
        return me.has(Role.FACILITATOR) && me.jurisdiction().covers(business.regionCode())
                || me.hasAny(Role.OFFICER, Role.PROGRAM_MANAGER, Role.ADMIN) && business.permissions().edit();
    }

    static void requireInspector(CurrentUser me, BusinessStanding business) {
        if (!mayInspect(me, business)) {
            throw new AccessDeniedException("only facilitators and officers of the region inspect this business");
        }
    }

    static boolean isOwner(CurrentUser me, BusinessStanding business) {
        return me.has(Role.OWNER) && business.permissions().edit();
    }

    /**
     * The owner corrects; an inspector of the business (its facilitator, an officer of the region) may record the
     * evidence on their behalf, which most owners without an account need.
     */
    static boolean maySubmitEvidence(CurrentUser me, BusinessStanding business) {
        return isOwner(me, business) || mayInspect(me, business);
    }

    /** Whoever may inspect the business judges whether the evidence shows the deviation corrected. */
    static boolean mayVerify(CurrentUser me, BusinessStanding business) {
        return mayInspect(me, business);
    }
}
