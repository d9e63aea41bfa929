package id.naikkelas.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A business as its profile page and the API show it, with what the viewer may do. */
public record BusinessDetail(
        long id, String name, LegalForm legalForm, String nib, String npwp, List<String> kbliCodes, Sector sector,
        String address, String regionCode, String regionLabel, BigDecimal latitude, BigDecimal longitude,
        Integer workers, Integer foundedYear, BigDecimal capital, BigDecimal annualSales, BusinessScale scale,
        Premises premises, Equipment equipment, Integer productionSites, Integer outlets,
        BusinessKind kind, Integer menuItems, BusinessStatus status, String verifiedBy, OffsetDateTime verifiedAt, Owner owner,
        List<String> sources, List<ProductRow> products, List<PermitView> permits, int version, Permissions permissions,
        String contactPhone, String notes) {

    /** The owner; {@code nik} is masked unless the viewer may see it in full. */
    public record Owner(String fullName, String nik, String gender, String phone, String email, String whatsappLink) {
    }

    public record Permissions(boolean edit, boolean verify) {
    }

    public BusinessStanding standing() {
        return new BusinessStanding(id, name, regionCode, nib, scale, permissions, sector, status);
    }
}
