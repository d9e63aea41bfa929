package id.naikkelas.benchdata;

import id.naikkelas.registry.PermitType;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Who is where, before any row is written: each business's village, sector, status and number of
 * products, each product's kind, and each product's certification cases (how many, for which permit).
 * Compact arrays (about 30 bytes a business), so later passes can link rows by arithmetic on ids
 * instead of reading back what was written.
 */
final class RegistryPlan {

    static final String[] SECTORS = {"PROCESSED_FOOD", "BEVERAGE", "TRADITIONAL_MEDICINE", "COSMETICS", "BATIK", "HANDICRAFT",
            "FASHION", "OTHER"};
    private static final double[] SECTOR_WEIGHTS = {.62, .10, .05, .03, .04, .08, .05, .03};
    static final String[] STATUSES = {"DRAFT", "VERIFIED", "INACTIVE"};
    static final int INACTIVE = 2;
    private static final double[] STATUS_WEIGHTS = {.35, .60, .05};
    private static final double[] PRODUCTS_PER_BUSINESS = {.35, .35, .20, .10}; // 1 to 4, 2.05 on average

    final int businesses;
    final int[] village;
    final byte[] sector;
    final byte[] status;
    /** Days before the as-of date the business was registered. */
    final short[] age;
    final int[] productStart;
    final int[] productBusiness;
    /** Index into {@link Words#FOOD}, or FOOD.length + index into {@link Words#CRAFTS}. */
    final byte[] productKind;
    final int[] caseStart;
    final byte[] caseType;
    final BitSet withCase = new BitSet();
    /** Businesses grouped by regency (counting sort): those of regency r are byRegency[regencyStart[r] ..]. */
    final int[] regencyStart;
    final int[] byRegency;

    RegistryPlan(Geography geo, long seed, int businesses) {
        this.businesses = businesses;
        village = new int[businesses];
        sector = new byte[businesses];
        status = new byte[businesses];
        age = new short[businesses];
        productStart = new int[businesses + 1];
        for (int i = 0; i < businesses; i++) {
            SplittableRandom r = Rng.of(seed, Rng.Stream.BUSINESS, i);
            village[i] = geo.sampleVillage(r);
            sector[i] = (byte) Rng.weighted(r, SECTOR_WEIGHTS);
            status[i] = (byte) Rng.weighted(r, STATUS_WEIGHTS);
            age[i] = (short) r.nextInt(1826);
            productStart[i + 1] = productStart[i] + 1 + Rng.weighted(r, PRODUCTS_PER_BUSINESS);
        }
        int products = productStart[businesses];
        productBusiness = new int[products];
        productKind = new byte[products];
        caseStart = new int[products + 1];
        var types = new java.io.ByteArrayOutputStream(products);
        for (int i = 0; i < businesses; i++) {
            for (int k = productStart[i]; k < productStart[i + 1]; k++) {
                productBusiness[k] = i;
                SplittableRandom r = Rng.of(seed, Rng.Stream.PRODUCT, k);
                productKind[k] = (byte) kindFor(SECTORS[sector[i]], r);
                int before = types.size();
                for (PermitType type : caseTypes(productKind[k], Rng.of(seed, Rng.Stream.CASE, k))) {
                    types.write(type.ordinal());
                }
                caseStart[k + 1] = caseStart[k] + types.size() - before;
                if (types.size() > before) {
                    withCase.set(i);
                }
            }
        }
        caseType = types.toByteArray();
        int[] regencyCount = new int[geo.regencies() + 1];
        for (int i = 0; i < businesses; i++) {
            regencyCount[geo.regencyOf(village[i]) + 1]++;
        }
        regencyStart = new int[geo.regencies() + 1];
        for (int r = 0; r < geo.regencies(); r++) {
            regencyStart[r + 1] = regencyStart[r] + regencyCount[r + 1];
        }
        byRegency = new int[businesses];
        int[] fill = regencyStart.clone();
        for (int i = 0; i < businesses; i++) {
            byRegency[fill[geo.regencyOf(village[i])]++] = i;
        }
    }

    int products() {
        return productStart[businesses];
    }

    int cases() {
        return caseStart[products()];
    }

    static boolean isFood(int kind) {
        return kind < Words.FOOD.length;
    }

    static Words.Product food(int kind) {
        return Words.FOOD[kind];
    }

    static Words.Craft craft(int kind) {
        return Words.CRAFTS[kind - Words.FOOD.length];
    }

    static String productName(int kind) {
        return isFood(kind) ? food(kind).name() : craft(kind).name();
    }

    /** A product kind that fits the sector: drinks for beverage makers, the sector's crafts for the others. */
    private static int kindFor(String sector, SplittableRandom r) {
        if (sector.equals("PROCESSED_FOOD") || sector.equals("BEVERAGE")) {
            boolean drinks = sector.equals("BEVERAGE");
            while (true) {
                int k = r.nextInt(Words.FOOD.length);
                if (Words.FOOD[k].foodCategory().equals("14.0") == drinks) {
                    return k;
                }
            }
        }
        while (true) {
            int k = r.nextInt(Words.CRAFTS.length);
            if (Words.CRAFTS[k].sector().equals(sector)) {
                return Words.FOOD.length + k;
            }
        }
    }

    /**
     * Which permits a product's cases are for (each permit at most once, as only one case per product
     * and permit may be open): food mostly P-IRT and halal, chilled or frozen food BPOM MD instead of
     * P-IRT; jamu and cosmetics halal, crafts a trademark or SNI. About one case per two products.
     */
    private static PermitType[] caseTypes(int kind, SplittableRandom r) {
        PermitType[] options;
        double[] weights;
        int count;
        double u = r.nextDouble();
        if (isFood(kind)) {
            boolean ambient = food(kind).storage().equals("AMBIENT");
            options = new PermitType[]{PermitType.PIRT, PermitType.HALAL, PermitType.BPOM_MD};
            weights = ambient ? new double[]{.6, .3, .1} : new double[]{0, .4, .6};
            count = u < 0.4 ? 1 : u < 0.5 ? 2 : 0;
        } else {
            String sector = craft(kind).sector();
            options = new PermitType[]{PermitType.HALAL, PermitType.TRADEMARK, PermitType.SNI};
            weights = switch (sector) {
                case "TRADITIONAL_MEDICINE", "COSMETICS" -> new double[]{.7, .3, 0};
                case "OTHER" -> new double[]{0, .5, .5};
                default -> new double[]{0, .8, .2};
            };
            count = u < 0.3 ? 1 : 0;
        }
        var chosen = new PermitType[count];
        for (int j = 0; j < count; j++) {
            int pick = Rng.weighted(r, weights);
            chosen[j] = options[pick];
            weights[pick] = 0;
        }
        return chosen;
    }
}
