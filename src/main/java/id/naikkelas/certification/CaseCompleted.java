package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

/**
 * Published when a case's last step is done: the permit it was for is issued (or the credential
 * granted). Other modules react without certification knowing them: feedback invites the owner to
 * the satisfaction survey.
 *
 * @param agencyId the agency of the person who closed the case (the serving unit), or null when no staff did
 */
public record CaseCompleted(long caseId, long businessId, String regionCode, PermitType permit, Long agencyId) {
}
