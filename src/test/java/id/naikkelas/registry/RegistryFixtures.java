package id.naikkelas.registry;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid business entries for tests, each with its own NIK serial so tests never collide. */
final class RegistryFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(9000);

    private RegistryFixtures() {
    }

    /** A business in the given village; the owner's NIK is registered in that village's district. */
    static BusinessData business(String name, String ownerName, String villageCode, Sector sector) {
        String district = villageCode.substring(0, 8).replace(".", "");
        String nik = district + "450385" + String.format("%04d", SERIAL.getAndIncrement());
        return new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), sector, "Jl. Merdeka No. 1",
                villageCode, null, null, 3, 2018, null, new java.math.BigDecimal("150000000"), Premises.RESIDENCE,
                Equipment.MANUAL, 1, 1, new BusinessData.OwnerData(ownerName, nik, "P", "0812-7000-" + String.format("%04d", SERIAL.get()), null));
    }

    static BusinessData withName(BusinessData d, String name) {
        return new BusinessData(name, d.legalForm(), d.nib(), d.npwp(), d.kbliCodes(), d.sector(), d.address(), d.regionCode(),
                d.latitude(), d.longitude(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(), d.premises(),
                d.equipment(), d.productionSites(), d.outlets(), d.owner());
    }

    static BusinessData withNib(BusinessData d, String nib) {
        return new BusinessData(d.name(), d.legalForm(), nib, d.npwp(), d.kbliCodes(), d.sector(), d.address(), d.regionCode(),
                d.latitude(), d.longitude(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(), d.premises(),
                d.equipment(), d.productionSites(), d.outlets(), d.owner());
    }

    static ProductData snack(String name) {
        return new ProductData(name, "Siti", "15.0", "06", null, PirtParts.Packaging.PLASTIC, "250 g", 90, Storage.AMBIENT,
                "singkong, minyak sawit, garam", java.util.Set.of());
    }
}
