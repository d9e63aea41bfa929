package id.naikkelas.benchdata;

import id.naikkelas.certification.PathwayTemplates;
import id.naikkelas.certification.WorkingDays;
import id.naikkelas.registry.NikVault;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Everything the table writers share: the seed and the as-of date every generated date is counted
 * back from, the region tree, the plans, the staff, and the application's own rules (pathway
 * templates, working days, the NIK vault) so generated rows follow them.
 */
record World(long seed, double scale, LocalDate asOf, Geography geo, Ids ids, RegistryPlan registry, ProgrammePlan programmes,
             Staff staff, NikVault vault, PathwayTemplates templates, WorkingDays workingDays) {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    LocalDate daysAgo(int days) {
        return asOf.minusDays(days);
    }

    /** A time of day on a date, in western Indonesian time (timestamps are instants; the offset only places them). */
    static OffsetDateTime at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atOffset(WIB);
    }

    int provinceOfBusiness(int business) {
        return geo.provinceOf(registry.village[business]);
    }

    String regionOfBusiness(int business) {
        return geo.villageCode(registry.village[business]);
    }

    String officerOfBusiness(int business) {
        return staff.officer(provinceOfBusiness(business));
    }

    LocalDate businessCreated(int business) {
        return daysAgo(registry.age[business]);
    }
}
