/**
 * Invitations (ADR 0015): an agency's program manager brings in the people its programs need (officers, facilitators,
 * partner organisations' members) without the national administrator. Each invitation names the account to be made,
 * never with a role or a region beyond the inviter's ({@link id.naikkelas.invitations.Grants}); the invitee sets a
 * password from a one-time link, or signs in with a temporary one set by the manager and changes it first.
 * <p>
 * Owns tables: invitation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations")
package id.naikkelas.invitations;
