package id.naikkelas.benchdata;

import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.PermitType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Permits held by products: the one each completed case produced (its number is the case's
 * permit_number), and older P-IRTs two in five of the other home-industry food products already
 * held (P-IRT is the permit most of them have), some expired or about to (what the renewal list shows). Numbers are in the canonical form
 * the application's permit-formats.yml stores, unique by construction: an 8-digit serial, the case's
 * ordinal, or 50,000,000 plus the product's for the older ones.
 */
final class PermitRows {

    static final long OLDER_SERIALS = 50_000_000L;

    private PermitRows() {
    }

    static long write(World w, Connection connection) throws SQLException {
        var registry = w.registry();
        long id = 0;
        try (var copy = new CopyRows(connection, "permit",
                "id, business_id, product_id, region_code, type, number, issued_on, expires_on, issuer, created_at")) {
            for (int k = 0; k < registry.products(); k++) {
                int business = registry.productBusiness[k];
                boolean pirtCase = false;
                for (int c = registry.caseStart[k]; c < registry.caseStart[k + 1]; c++) {
                    var type = PermitType.values()[registry.caseType[c]];
                    pirtCase |= type == PermitType.PIRT;
                    var f = CaseFacts.of(w, c, type);
                    if (f.completed()) {
                        row(w, copy, id++, business, k, type, number(w, type, c, k, f.closed()), f.closed());
                    }
                }
                int kind = registry.productKind[k];
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.PERMIT, k);
                if (!pirtCase && RegistryPlan.isFood(kind) && RegistryPlan.food(kind).storage().equals("AMBIENT") && Rng.chance(r, 0.4)) {
                    LocalDate issued = w.daysAgo(30 + r.nextInt(2900));
                    row(w, copy, id++, business, k, PermitType.PIRT, number(w, PermitType.PIRT, OLDER_SERIALS + k, k, issued), issued);
                }
            }
            return copy.finish();
        }
    }

    private static void row(World w, CopyRows copy, long id, int business, int product, PermitType type, String number,
                            LocalDate issued) throws SQLException {
        Integer years = switch (type) {
            case PIRT, BPOM_MD -> 5;
            case SNI -> 4;
            case TRADEMARK -> 10;
            default -> null; // halal certificates stay valid while the product does not change (UU 6/2023)
        };
        int regency = w.geo().regencyOf(w.registry().village[business]);
        String issuer = switch (type) {
            case PIRT -> "Pemerintah " + w.geo().regencyName(regency);
            case HALAL -> "BPJPH";
            case BPOM_MD -> "Badan POM";
            case SNI -> "LSPro";
            default -> "DJKI";
        };
        copy.num(w.ids().of("permit", id)).num(w.ids().of("business", business)).num(w.ids().of("product", product))
                .text(w.regionOfBusiness(business)).text(type.name()).text(number).date(issued)
                .date(years == null ? null : issued.plusYears(years)).text(issuer).time(World.at(issued, 16, 0));
        copy.endRow();
    }

    /** The permit number in its stored form, unique for each serial. */
    static String number(World w, PermitType type, long serial, int product, LocalDate issued) {
        String digits = String.format("%08d", serial);
        int business = w.registry().productBusiness[product];
        String region = w.regionOfBusiness(business);
        int kind = w.registry().productKind[product];
        return switch (type) {
            // packaging, P-IRT food type, regency, then the serial (the last two digits after the dash)
            case PIRT -> PirtParts.Packaging.valueOf(RegistryPlan.food(kind).packaging()).code() + RegistryPlan.food(kind).irtType()
                    + region.substring(0, 5).replace(".", "") + digits.substring(0, 6) + "-" + digits.substring(6);
            case HALAL -> "ID" + region.substring(0, 2) + "311" + digits + String.format("%02d", issued.getYear() % 100);
            case BPOM_MD -> "BPOM RI MD 2" + RegistryPlan.food(kind).foodCategory().replace(".", "") + digits;
            case SNI -> digits + "/SPPT-SNI/LSPRO/" + issued.getYear();
            case TRADEMARK -> "IDM0" + digits;
            default -> throw new IllegalArgumentException(type.name());
        };
    }
}
