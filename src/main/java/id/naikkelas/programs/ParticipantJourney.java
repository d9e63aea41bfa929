package id.naikkelas.programs;

import id.naikkelas.common.JourneySource;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A participant's whole journey: what every module contributes about the business (its cases and their steps,
 * inspections, trainings, visits, awards and hand-overs), newest first. Each source reads once, so the page costs the
 * same number of statements for a business with two entries as for one with two hundred.
 */
@Service
class ParticipantJourney {

    /** Enough for years of a participant's work; the page stays light on a phone. */
    static final int LIMIT = 200;

    private static final Comparator<JourneySource.Entry> NEWEST_FIRST = Comparator
            .comparing(JourneySource.Entry::on, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(JourneySource.Entry::kind);

    private final Enrollments enrollments;
    private final Programs programs;
    private final List<JourneySource> sources;

    ParticipantJourney(Enrollments enrollments, Programs programs, List<JourneySource> sources) {
        this.enrollments = enrollments;
        this.programs = programs;
        this.sources = sources;
    }

    /** The journey of an enrolment's business; NotFound when the user may not see it (or it is not in the program). */
    List<JourneySource.Entry> of(long programId, long enrollmentId, Locale locale) {
        var stored = enrollments.load(enrollmentId);
        if (stored.programId() != programId) {
            throw new id.naikkelas.common.NotFound("enrollment", enrollmentId);
        }
        programs.get(programId);
        enrollments.ofBusiness(stored.businessId());
        return of(stored.businessId(), locale);
    }

    /** The caller has checked that the user may see the business (the participant page does, before anything). */
    List<JourneySource.Entry> of(long businessId, Locale locale) {
        var entries = new ArrayList<JourneySource.Entry>();
        for (var source : sources) {
            entries.addAll(source.entriesOf(businessId, locale));
        }
        entries.sort(NEWEST_FIRST);
        return entries.size() > LIMIT ? List.copyOf(entries.subList(0, LIMIT)) : entries;
    }
}
