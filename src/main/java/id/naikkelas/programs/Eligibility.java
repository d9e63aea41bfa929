package id.naikkelas.programs;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.registry.BusinessStanding;
import id.naikkelas.registry.BusinessStatus;

import java.util.List;

/** Whether a business may join a program, with every reason it may not. */
final class Eligibility {

    private Eligibility() {
    }

    static List<InvalidInput.Violation> check(ProgramView program, BusinessStanding business, int enrolledNow) {
        var problems = new InvalidInput.Collector();
        String region = business.regionCode();
        if (program.regionCodes().stream().noneMatch(code -> region.equals(code) || region.startsWith(code + "."))) {
            problems.add("business", "programs.eligibility.region", business.name(), String.join(", ", program.regionLabels()));
        }
        if (!program.eligibleSectors().isEmpty() && !program.eligibleSectors().contains(business.sector())) {
            problems.add("business", "programs.eligibility.sector", business.name());
        }
        if (!program.eligibleScales().isEmpty() && (business.scale() == null || !program.eligibleScales().contains(business.scale()))) {
            problems.add("business", "programs.eligibility.scale", business.name());
        }
        if (business.status() == BusinessStatus.INACTIVE) {
            problems.add("business", "programs.eligibility.inactive", business.name());
        }
        if (program.capacity() != null && enrolledNow >= program.capacity()) {
            problems.add("business", "programs.eligibility.full", program.capacity());
        }
        if (!"ACTIVE".equals(program.status())) {
            problems.add("business", "programs.eligibility.notActive");
        }
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.violations();
        }
    }
}
