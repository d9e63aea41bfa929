package id.naikkelas.registry;

import java.math.BigDecimal;
import java.util.List;

/** What a person or program enters about a business and its owner (create and update). */
public record BusinessData(
        String name,
        LegalForm legalForm,
        String nib,
        String npwp,
        List<String> kbliCodes,
        Sector sector,
        String address,
        String regionCode,
        BigDecimal latitude,
        BigDecimal longitude,
        Integer workers,
        Integer foundedYear,
        BigDecimal capital,
        BigDecimal annualSales,
        Premises premises,
        Equipment equipment,
        Integer productionSites,
        Integer outlets,
        OwnerData owner) {

    public record OwnerData(String fullName, String nik, String gender, String phone, String email) {
    }
}
