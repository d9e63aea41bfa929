package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Sector;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fields an officer compares and picks from when an incoming row meets an existing business,
 * and the one place that reads them from and writes them into {@link BusinessData}.
 */
enum MergeField {
    NAME, LEGAL_FORM, NIB, SECTOR, ADDRESS, REGION_CODE, WORKERS, FOUNDED_YEAR, CAPITAL, ANNUAL_SALES,
    OWNER_NAME, NIK, GENDER, PHONE, EMAIL;

    Object of(BusinessData d) {
        var o = d.owner();
        return switch (this) {
            case NAME -> d.name();
            case LEGAL_FORM -> d.legalForm();
            case NIB -> d.nib();
            case SECTOR -> d.sector();
            case ADDRESS -> d.address();
            case REGION_CODE -> d.regionCode();
            case WORKERS -> d.workers();
            case FOUNDED_YEAR -> d.foundedYear();
            case CAPITAL -> d.capital();
            case ANNUAL_SALES -> d.annualSales();
            case OWNER_NAME -> o == null ? null : o.fullName();
            case NIK -> o == null ? null : o.nik();
            case GENDER -> o == null ? null : o.gender();
            case PHONE -> o == null ? null : o.phone();
            case EMAIL -> o == null ? null : o.email();
        };
    }

    static Map<MergeField, Object> values(BusinessData d) {
        var values = new EnumMap<MergeField, Object>(MergeField.class);
        for (var f : values()) {
            values.put(f, f.of(d));
        }
        return values;
    }

    /** {@code base} with the given fields replaced; fields not listed here (NPWP, KBLI, location...) stay as in base. */
    static BusinessData with(BusinessData base, Map<MergeField, Object> values) {
        var v = values(base);
        v.putAll(values);
        return new BusinessData((String) v.get(NAME), (LegalForm) v.get(LEGAL_FORM), (String) v.get(NIB), base.npwp(),
                base.kbliCodes(), (Sector) v.get(SECTOR), (String) v.get(ADDRESS), (String) v.get(REGION_CODE), base.latitude(),
                base.longitude(), (Integer) v.get(WORKERS), (Integer) v.get(FOUNDED_YEAR), (BigDecimal) v.get(CAPITAL),
                (BigDecimal) v.get(ANNUAL_SALES), base.premises(), base.equipment(), base.productionSites(), base.outlets(),
                new BusinessData.OwnerData((String) v.get(OWNER_NAME), (String) v.get(NIK), (String) v.get(GENDER),
                        (String) v.get(PHONE), (String) v.get(EMAIL)), base.kind(), base.menuItems(), base.notes());
    }

    /** {@code base} completed with {@code extra}'s values where base has none; nothing of base is overwritten. */
    static BusinessData fillEmpty(BusinessData base, BusinessData extra) {
        var fills = new EnumMap<MergeField, Object>(MergeField.class);
        for (var f : values()) {
            if (f.of(base) == null && f.of(extra) != null) {
                fills.put(f, f.of(extra));
            }
        }
        return fills.isEmpty() ? base : with(base, fills);
    }
}
