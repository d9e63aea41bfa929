package id.naikkelas.programs;

import id.naikkelas.common.TextLimits;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a program manager enters to set up a program. The name is unique per agency (a btree index holds it, so it
 * is bounded like the registry's names); the MoU number is the column's varchar(100).
 */
public record ProgramData(@Size(max = 200) String name, @Size(max = TextLimits.NOTE) String description, List<String> regionCodes, LocalDate startsOn, Integer capacity,
                          Set<PermitType> targetPermits, Facilitation facilitation, Integer caseloadCap,
                          Set<Sector> eligibleSectors, Set<BusinessScale> eligibleScales, List<@Valid Stage> stages,
                          List<@Valid Partner> partners) {

    /** A stage such as "Pelatihan" for 30 days, or "Monitoring" for 180 days with a visit every 30 days. */
    public record Stage(@Size(max = TextLimits.NAME) String name, int durationDays, Integer visitIntervalDays) {
    }

    public record Partner(long agencyId, @Size(max = TextLimits.NAME) String role, @Size(max = 100) String mouNumber, LocalDate mouSignedOn, @Size(max = TextLimits.NOTE) String mouScope,
                          LocalDate mouExpiresOn) {
    }
}
