package id.naikkelas.identity;

import java.util.Set;

/** The signed-in user as loaded for this request: roles and jurisdiction are never stale. */
public record CurrentUser(long id, String username, String fullName, Long agencyId, String agencyName,
                          Set<Role> roles, Jurisdiction jurisdiction, boolean mustChangePassword) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Agency staff and facilitators: the people who work on many businesses of a region. */
    public boolean isStaff() {
        return hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER, Role.FACILITATOR);
    }

    /** People who run programs and register businesses for their agency. */
    public boolean isProgramStaff() {
        return hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER);
    }

    public boolean isOwner() {
        return has(Role.OWNER);
    }
}
