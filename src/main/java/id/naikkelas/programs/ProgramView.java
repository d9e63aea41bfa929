package id.naikkelas.programs;

import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

public record ProgramView(long id, long agencyId, String agencyName, String name, String description, List<String> regionCodes,
                          List<String> regionLabels, LocalDate startsOn, Integer capacity, Set<PermitType> targetPermits,
                          Facilitation facilitation, int caseloadCap, Set<Sector> eligibleSectors,
                          Set<BusinessScale> eligibleScales, String status, List<StageView> stages, List<PartnerView> partners,
                          int enrolled, boolean manageable, int version) {

    public record StageView(int position, String name, int durationDays, Integer visitIntervalDays) {
    }

    public record PartnerView(long agencyId, String agencyName, String role, String mouNumber, LocalDate mouSignedOn,
                              String mouScope, LocalDate mouExpiresOn) {

        public boolean mouExpired(LocalDate today) {
            return mouExpiresOn != null && mouExpiresOn.isBefore(today);
        }
    }

    /** Businesses per facilitator this program allows. */
    public int cap() {
        return facilitation == Facilitation.ONE_TO_ONE ? 1 : caseloadCap;
    }

    public int totalDays() {
        return stages.stream().mapToInt(StageView::durationDays).sum();
    }
}
