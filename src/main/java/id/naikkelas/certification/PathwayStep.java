package id.naikkelas.certification;

import java.util.List;

/**
 * One step of a pathway, as a business owner would follow it.
 *
 * @param body              the outside body acting; set only when {@code actor} is {@link Actor#EXTERNAL}
 * @param requiredDocuments the documents of this step, to be uploaded to the case: what it needs, or the
 *                          certificate it produces (a checklist; the platform enforces only what a
 *                          {@link Guard} names)
 * @param guards            checked in order by {@link Guards#check} before the step may be marked done
 * @param sla               time limit from the day the step starts; null when no rule sets one
 * @param optional          only happens when an earlier step asks for it (e.g. missing documents)
 * @param actorDailyCap     at most this many of these steps per acting person per day (PPH: 10); null when none
 * @param unconfirmed       the SLA or details are not confirmed against the regulation; show them as indicative
 * @param legalBasis        where the step or its SLA comes from, when more specific than the template's; may be null
 * @param filing            doing this step files the application with the authority: until then a case may still
 *                          change route when the product's facts change, after it the route stays
 * @param recordsNib        the reference typed into this step is the business's NIB (taken from or saved to its profile)
 */
public record PathwayStep(
        String code,
        String titleId,
        String titleEn,
        String descriptionId,
        String descriptionEn,
        Actor actor,
        ExternalBody body,
        ExternalSystem externalSystem,
        List<DocumentType> requiredDocuments,
        List<Guard> guards,
        Sla sla,
        boolean optional,
        Integer actorDailyCap,
        boolean unconfirmed,
        String legalBasis,
        boolean filing,
        boolean recordsNib) {

    public PathwayStep {
        requiredDocuments = List.copyOf(requiredDocuments);
        guards = List.copyOf(guards);
    }
}
