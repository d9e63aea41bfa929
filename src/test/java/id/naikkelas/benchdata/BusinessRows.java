package id.naikkelas.benchdata;

import id.naikkelas.registry.ScaleThresholds;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Businesses and where each became known (business_source), written as {@code Businesses.register}
 * writes them for an officer: the scale from the declared capital and sales by the application's
 * PP 7/2021 thresholds, the search column as {@code search_text(name || ' ' || owner)} (lower case,
 * unaccented: the names are ASCII, so lower case is all it takes), a NIB for every business with a
 * certification case (the pathways' first guard) and a third of the others, verified ones with who
 * verified them and version 1 (one update since creation).
 */
final class BusinessRows {

    private static final String[] KBLI = {"10793", "11040", "21022", "20232", "13134", "16292", "14111", "47111"};
    private static final String[] PREMISES = {"RESIDENCE", "SEPARATE_BUILDING", "INDUSTRIAL_ESTATE"};
    private static final String[] EQUIPMENT = {"MANUAL", "SEMI_AUTOMATIC", "AUTOMATIC"};
    private static final ScaleThresholds SCALES = ScaleThresholds.load();

    private BusinessRows() {
    }

    static long writeBusinesses(World w, Connection connection) throws SQLException {
        var registry = w.registry();
        Set<String> existingNibs = existingNibs(connection);
        try (var copy = new CopyRows(connection, "business", "id, name, legal_form, nib, kbli_codes, sector, address, region_code, "
                + "workers, founded_year, capital, annual_sales, scale, premises, equipment, production_sites, outlets, status, owner_id, "
                + "created_by, verified_by, verified_at, created_at, updated_at, version, search_doc")) {
            for (int i = 0; i < registry.businesses; i++) {
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.BUSINESS, 1L << 40 | i);
                var owner = Owners.person(w.seed(), i);
                String product = RegistryPlan.productName(registry.productKind[registry.productStart[i]]);
                String name = Words.businessName(r, product, owner.firstName(), owner.woman());
                String legalForm = name.startsWith("UD ") ? "UD" : new String[]{"PERORANGAN", "CV", "KOPERASI"}[Rng.weighted(r, new double[]{.93, .05, .02})];
                String nib = registry.withCase.get(i) || Rng.chance(r, 0.33) ? nib(i) : null;
                if (nib != null && existingNibs.contains(nib)) {
                    nib = null;
                }
                int sector = registry.sector[i];
                LocalDate created = w.businessCreated(i);
                long capital = 5_000_000L * (1 + (long) (Rng.lognormal(r, 1.2) * 6));
                long sales = (long) (capital * (1.5 + r.nextDouble() * 5));
                var scale = SCALES.classify(BigDecimal.valueOf(capital), BigDecimal.valueOf(sales));
                String status = RegistryPlan.STATUSES[registry.status[i]];
                boolean verified = status.equals("VERIFIED");
                LocalDate verifiedOn = verified ? min(created.plusDays(1 + r.nextInt(60)), w.asOf()) : null;
                var changed = World.at(verified ? verifiedOn : status.equals("INACTIVE") ? min(created.plusDays(200), w.asOf()) : created,
                        verified ? 14 : 9, 0);
                String officer = w.officerOfBusiness(i);
                copy.num(w.ids().of("business", i)).text(name).text(legalForm).text(nib).array(nib == null ? List.of() : List.of(KBLI[sector]))
                        .text(RegistryPlan.SECTORS[sector]).text(Words.address(r, w.geo().villageName(registry.village[i])))
                        .text(w.regionOfBusiness(i)).num(1 + (int) (Rng.lognormal(r, 0.8) * 2)).num(created.getYear() - r.nextInt(20))
                        .num(capital).num(sales).text(scale == null ? null : scale.name())
                        .text(PREMISES[Rng.weighted(r, new double[]{.8, .18, .02})]).text(EQUIPMENT[Rng.weighted(r, new double[]{.6, .35, .05})])
                        .num(1).num(r.nextInt(3)).text(status).num(w.ids().of("owner", i)).text(officer)
                        .text(verified ? officer : null).time(verified ? World.at(verifiedOn, 14, 0) : null)
                        .time(World.at(created, 9, 0)).time(changed).num(status.equals("DRAFT") ? 0 : 1)
                        .text(searchDoc(name, owner.fullName()));
                copy.endRow();
            }
            return copy.finish();
        }
    }

    /** What Businesses.register records as the source of a business an officer registers. */
    static long writeSources(World w, Connection connection) throws SQLException {
        try (var copy = new CopyRows(connection, "business_source", "business_id, source, agency_id, first_seen")) {
            for (int i = 0; i < w.registry().businesses; i++) {
                copy.num(w.ids().of("business", i)).text("petugas:" + w.officerOfBusiness(i))
                        .num(w.staff().agencyId(w.provinceOfBusiness(i))).time(World.at(w.businessCreated(i), 9, 0));
                copy.endRow();
            }
            return copy.finish();
        }
    }

    /** search_text(name || ' ' || owner) for ASCII text: PostgreSQL's lower() of unaccented ASCII is Java's lower case. */
    static String searchDoc(String name, String owner) {
        String doc = name + " " + owner;
        for (int i = 0; i < doc.length(); i++) {
            if (doc.charAt(i) >= 0x80) {
                throw new IllegalStateException("generated names must be ASCII: " + doc);
            }
        }
        return doc.toLowerCase(Locale.ROOT);
    }

    /** 13 digits, unique by construction: a bijection of the business's ordinal (7919 is coprime with 10^12). */
    static String nib(long ordinal) {
        return "8" + String.format("%012d", Math.floorMod(ordinal * 7919L + 104_729L, 1_000_000_000_000L));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Set<String> existingNibs(Connection connection) throws SQLException {
        var nibs = new HashSet<String>();
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT nib FROM business WHERE nib IS NOT NULL")) {
            while (rs.next()) {
                nibs.add(rs.getString(1));
            }
        }
        return nibs;
    }
}
