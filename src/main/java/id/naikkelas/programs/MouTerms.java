package id.naikkelas.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a partner's MoU lets its members do (issue 18 part 3): take new assignments only while it is in force (signed,
 * not ended), for the activities it names (all, when it names none) and in the regions it names (the program's, when
 * none). One rule, written once for the database (over {@code program_partner pp}, with {@code :today} and
 * {@code :region}) and once for pages.
 */
final class MouTerms {

    /** The activities an MoU may name. */
    enum Activity {
        FACILITATION, TRAINING, MONITORING, MARKET_ACCESS
    }

    static final String CURRENT_SQL = """
            ((pp.mou_signed_on IS NULL OR pp.mou_signed_on <= :today) AND (pp.mou_expires_on IS NULL OR pp.mou_expires_on >= :today)
              AND (cardinality(pp.mou_activities) = 0 OR 'FACILITATION' = ANY (pp.mou_activities))
              AND (cardinality(pp.mou_region_codes) = 0 OR EXISTS (SELECT 1 FROM unnest(pp.mou_region_codes) mr
                                                                   WHERE :region = mr OR :region LIKE mr || '.%')))""";

    private MouTerms() {
    }

    static boolean inForce(LocalDate signedOn, LocalDate expiresOn, LocalDate today) {
        return (signedOn == null || !signedOn.isAfter(today)) && (expiresOn == null || !expiresOn.isBefore(today));
    }

    static boolean allowsFacilitation(Set<Activity> activities, List<String> regionCodes, String businessRegion) {
        return (activities.isEmpty() || activities.contains(Activity.FACILITATION))
                && (regionCodes.isEmpty() || regionCodes.stream().anyMatch(rc -> businessRegion.equals(rc) || businessRegion.startsWith(rc + ".")));
    }
}
