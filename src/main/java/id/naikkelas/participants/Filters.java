package id.naikkelas.participants;

import id.naikkelas.programs.ParticipantFilter;
import id.naikkelas.training.ProgramRegistrations;

/** The list's filter as the programs module reads it: "attended event X" becomes the businesses training names. */
final class Filters {

    private Filters() {
    }

    static ParticipantFilter of(ListFilter filter, ProgramRegistrations training) {
        if (filter == null) {
            return ParticipantFilter.ALL;
        }
        return new ParticipantFilter(filter.stage(), filter.facilitator(), Boolean.TRUE.equals(filter.overdue()), filter.permit(),
                filter.q(), filter.attended() == null ? null : training.attendees(filter.attended()));
    }
}
