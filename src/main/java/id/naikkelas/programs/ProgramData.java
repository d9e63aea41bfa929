package id.naikkelas.programs;

import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a program manager enters to set up a program. */
public record ProgramData(String name, String description, List<String> regionCodes, LocalDate startsOn, Integer capacity,
                          Set<PermitType> targetPermits, Facilitation facilitation, Integer caseloadCap,
                          Set<Sector> eligibleSectors, Set<BusinessScale> eligibleScales, List<Stage> stages,
                          List<Partner> partners) {

    /** A stage such as "Pelatihan" for 30 days, or "Monitoring" for 180 days with a visit every 30 days. */
    public record Stage(String name, int durationDays, Integer visitIntervalDays) {
    }

    public record Partner(long agencyId, String role, String mouNumber, LocalDate mouSignedOn, String mouScope,
                          LocalDate mouExpiresOn) {
    }
}
