package id.naikkelas.programs;

import id.naikkelas.registry.PermitType;

import java.util.Set;

/**
 * What a program's participant list is narrowed to; every field may be left out.
 *
 * @param stage         stage position (active participants in that stage)
 * @param facilitator   a facilitator's account id, or 0 for "no facilitator yet"
 * @param overdue       only those with a planned visit whose date has passed
 * @param missingPermit only those whose business does not hold this permit valid today (an expired one does not count)
 * @param q             part of the business's name
 * @param businessIds   only these businesses (e.g. those who attended a training), null for any
 */
public record ParticipantFilter(Integer stage, Long facilitator, boolean overdue, PermitType missingPermit, String q,
                                Set<Long> businessIds) {

    public static final ParticipantFilter ALL = new ParticipantFilter(null, null, false, null, null, null);
}
