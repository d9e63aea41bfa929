package id.naikkelas.registry;

import id.naikkelas.common.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person or program enters about a business and its owner (create and update). The limits declared here
 * are the columns' (owner.email varchar(200)); identifiers, amounts and codes are checked by {@link RegistryValidation}.
 */
public record BusinessData(
        String name,
        LegalForm legalForm,
        String nib,
        String npwp,
        List<String> kbliCodes,
        Sector sector,
        @Size(max = TextLimits.ADDRESS) String address,
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
        @Valid OwnerData owner,
        BusinessKind kind,
        Integer menuItems,
        @Size(max = BusinessData.NOTES_MAX) String notes) {

    /** Longest note kept on a business (the column's check): a page of text, not a document. */
    public static final int NOTES_MAX = 2000;

    /** Data without notes (clients written before notes existed): none. */
    public BusinessData(String name, LegalForm legalForm, String nib, String npwp, List<String> kbliCodes, Sector sector,
                        String address, String regionCode, BigDecimal latitude, BigDecimal longitude, Integer workers,
                        Integer foundedYear, BigDecimal capital, BigDecimal annualSales, Premises premises,
                        Equipment equipment, Integer productionSites, Integer outlets, OwnerData owner, BusinessKind kind,
                        Integer menuItems) {
        this(name, legalForm, nib, npwp, kbliCodes, sector, address, regionCode, latitude, longitude, workers, foundedYear,
                capital, annualSales, premises, equipment, productionSites, outlets, owner, kind, menuItems, null);
    }

    /** Data without the kind of business (not asked, e.g. by imports): it stays unknown. */
    public BusinessData(String name, LegalForm legalForm, String nib, String npwp, List<String> kbliCodes, Sector sector,
                        String address, String regionCode, BigDecimal latitude, BigDecimal longitude, Integer workers,
                        Integer foundedYear, BigDecimal capital, BigDecimal annualSales, Premises premises,
                        Equipment equipment, Integer productionSites, Integer outlets, OwnerData owner) {
        this(name, legalForm, nib, npwp, kbliCodes, sector, address, regionCode, latitude, longitude, workers, foundedYear,
                capital, annualSales, premises, equipment, productionSites, outlets, owner, null, null, null);
    }

    public record OwnerData(String fullName, String nik, String gender, String phone, @Size(max = 200) String email) {
    }
}
