/**
 * Identity and access: agencies (instansi) with their jurisdiction, users and roles, login,
 * and the one access rule ({@link id.naikkelas.identity.Jurisdiction}) that every query of
 * region-bound data applies.
 * <p>
 * Owns tables: agency, api_token, app_user, login_failure, spring_session, spring_session_attributes.
 * Publishes views (read-only, for other modules): identity_agency, identity_user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package id.naikkelas.identity;
