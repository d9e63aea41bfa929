package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The real region tree (the {@code region} table, loaded from wilayah.csv) with how many businesses
 * each village gets: skewed the way registries are, dense in cities and uneven between districts.
 * Lampung (18) holds 10% of all businesses (100,000 at scale 1, the largest province) and one of
 * its districts, Tanjungkarang Pusat in Bandar Lampung, 5% of Lampung (about 5,000), the largest
 * district; no other district is allowed past 90% of it.
 */
final class Geography {

    static final String BIG_PROVINCE = "18";
    static final double BIG_PROVINCE_SHARE = 0.10;
    static final String BIG_DISTRICT = "18.71.06";
    static final double BIG_DISTRICT_SHARE = 0.05 * BIG_PROVINCE_SHARE;

    private final List<String[]> provinces = new ArrayList<>();   // code, name
    private final List<String[]> regencies = new ArrayList<>();
    private final List<String[]> districts = new ArrayList<>();
    private final List<String> villageCodes = new ArrayList<>();
    private final List<String> villageNames = new ArrayList<>();
    private int[] regencyProvince;
    private int[] districtRegency;
    private int[] villageDistrict;
    private final Map<String, Integer> provinceIndex = new HashMap<>();
    private double[] cumulative;
    private double[] districtShare;

    static Geography load(Connection connection, long seed) throws SQLException {
        var g = new Geography();
        g.read(connection);
        g.weigh(seed);
        return g;
    }

    private void read(Connection connection) throws SQLException {
        var regencyProv = new ArrayList<Integer>();
        var districtReg = new ArrayList<Integer>();
        var villageDist = new ArrayList<Integer>();
        var regencyIndex = new HashMap<String, Integer>();
        var districtIndex = new HashMap<String, Integer>();
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT code, name, level, parent_code FROM region ORDER BY code")) {
            while (rs.next()) {
                String code = rs.getString(1);
                String name = rs.getString(2);
                String parent = rs.getString(4);
                switch (rs.getString(3)) {
                    case "province" -> {
                        provinceIndex.put(code, provinces.size());
                        provinces.add(new String[]{code, name});
                    }
                    case "regency" -> {
                        regencyIndex.put(code, regencies.size());
                        regencies.add(new String[]{code, name});
                        regencyProv.add(provinceIndex.get(parent));
                    }
                    case "district" -> {
                        districtIndex.put(code, districts.size());
                        districts.add(new String[]{code, name});
                        districtReg.add(regencyIndex.get(parent));
                    }
                    default -> {
                        Integer d = districtIndex.get(parent);
                        if (d != null) {
                            villageCodes.add(code);
                            villageNames.add(name);
                            villageDist.add(d);
                        }
                    }
                }
            }
        }
        regencyProvince = regencyProv.stream().mapToInt(Integer::intValue).toArray();
        districtRegency = districtReg.stream().mapToInt(Integer::intValue).toArray();
        villageDistrict = villageDist.stream().mapToInt(Integer::intValue).toArray();
        if (!provinceIndex.containsKey(BIG_PROVINCE) || villageCodes.isEmpty()) {
            throw new IllegalStateException("the region table is not loaded (Flyway V2 loads it)");
        }
    }

    /**
     * Village weights top-down: a province by its number of villages (a proxy for population,
     * flattened), a regency likewise with cities counting more, a district and a village with a
     * seeded log-normal spread; then Lampung and its big district are set to their fixed shares.
     */
    private void weigh(long seed) {
        int[] villagesPerDistrict = new int[districts.size()];
        for (int d : villageDistrict) {
            villagesPerDistrict[d]++;
        }
        int[] villagesPerRegency = new int[regencies.size()];
        for (int d = 0; d < districts.size(); d++) {
            villagesPerRegency[districtRegency[d]] += villagesPerDistrict[d];
        }
        int[] villagesPerProvince = new int[provinces.size()];
        for (int r = 0; r < regencies.size(); r++) {
            villagesPerProvince[regencyProvince[r]] += villagesPerRegency[r];
        }
        double[] province = new double[provinces.size()];
        for (int p = 0; p < province.length; p++) {
            province[p] = Math.pow(villagesPerProvince[p], 0.7);
        }
        int big = provinceIndex.get(BIG_PROVINCE);
        double others = Arrays.stream(province).sum() - province[big];
        for (int p = 0; p < province.length; p++) {
            province[p] = p == big ? BIG_PROVINCE_SHARE : (1 - BIG_PROVINCE_SHARE) * province[p] / others;
        }
        double[] regency = new double[regencies.size()];
        for (int r = 0; r < regency.length; r++) {
            boolean city = Integer.parseInt(regencies.get(r)[0].substring(3)) >= 71;
            regency[r] = villagesPerRegency[r] == 0 ? 0
                    : Math.pow(villagesPerRegency[r], 0.6) * (city ? 2.5 : 1) * Rng.lognormal(Rng.of(seed, Rng.Stream.REGION, r), 0.4);
        }
        double[] district = new double[districts.size()];
        for (int d = 0; d < district.length; d++) {
            district[d] = villagesPerDistrict[d] == 0 ? 0
                    : Math.pow(villagesPerDistrict[d], 0.5) * Rng.lognormal(Rng.of(seed, Rng.Stream.REGION, 100_000 + d), 0.6);
        }
        double[] village = new double[villageCodes.size()];
        for (int v = 0; v < village.length; v++) {
            village[v] = Rng.lognormal(Rng.of(seed, Rng.Stream.REGION, 1_000_000 + v), 0.5);
        }
        // absolute shares: each level's weights normalised within their parent
        double[] regencyShare = normalise(regency, regencyProvince, province);
        districtShare = normalise(district, districtRegency, regencyShare);
        fixBigDistrict(big);
        double[] villageShare = normalise(village, villageDistrict, districtShare);
        cumulative = new double[villageShare.length];
        double sum = 0;
        for (int v = 0; v < villageShare.length; v++) {
            sum += villageShare[v];
            cumulative[v] = sum;
        }
    }

    /** Lampung's big district gets its share (the rest of Lampung shrinks to match); no other district may pass 90% of it. */
    private void fixBigDistrict(int bigProvince) {
        int bigDistrict = -1;
        for (int d = 0; d < districts.size(); d++) {
            if (districts.get(d)[0].equals(BIG_DISTRICT)) {
                bigDistrict = d;
            }
        }
        double cap = 0.9 * BIG_DISTRICT_SHARE;
        for (int round = 0; round < 10; round++) {
            double[] perProvince = new double[provinces.size()];
            double[] belowCap = new double[provinces.size()];
            double[] excess = new double[provinces.size()];
            for (int d = 0; d < districtShare.length; d++) {
                int p = provinceOfDistrict(d);
                if (d == bigDistrict) {
                    continue;
                }
                if (districtShare[d] > cap) {
                    excess[p] += districtShare[d] - cap;
                    districtShare[d] = cap;
                } else {
                    belowCap[p] += districtShare[d];
                }
                perProvince[p] += districtShare[d];
            }
            double target = BIG_PROVINCE_SHARE - BIG_DISTRICT_SHARE;
            for (int d = 0; d < districtShare.length; d++) {
                int p = provinceOfDistrict(d);
                if (d == bigDistrict) {
                    districtShare[d] = BIG_DISTRICT_SHARE;
                } else if (p == bigProvince) {
                    districtShare[d] *= target / perProvince[p];
                } else if (excess[p] > 0 && districtShare[d] < cap) {
                    // what the capped districts lost goes to the province's other districts
                    districtShare[d] *= (belowCap[p] + excess[p]) / belowCap[p];
                }
            }
        }
    }

    private static double[] normalise(double[] weights, int[] parentOf, double[] parentShare) {
        double[] sums = new double[parentShare.length];
        for (int i = 0; i < weights.length; i++) {
            sums[parentOf[i]] += weights[i];
        }
        double[] share = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            share[i] = sums[parentOf[i]] == 0 ? 0 : parentShare[parentOf[i]] * weights[i] / sums[parentOf[i]];
        }
        return share;
    }

    /** A village drawn by the skewed weights. */
    int sampleVillage(SplittableRandom r) {
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int v = i >= 0 ? i : -i - 1;
        return Math.min(v, cumulative.length - 1);
    }

    double districtShare(int d) {
        return districtShare[d];
    }

    int villages() {
        return villageCodes.size();
    }

    int regencies() {
        return regencies.size();
    }

    int provinces() {
        return provinces.size();
    }

    int districts() {
        return districts.size();
    }

    String villageCode(int v) {
        return villageCodes.get(v);
    }

    String villageName(int v) {
        return villageNames.get(v);
    }

    int districtOf(int v) {
        return villageDistrict[v];
    }

    int regencyOf(int v) {
        return districtRegency[villageDistrict[v]];
    }

    int provinceOf(int v) {
        return regencyProvince[regencyOf(v)];
    }

    int provinceOfDistrict(int d) {
        return regencyProvince[districtRegency[d]];
    }

    int provinceOfRegency(int r) {
        return regencyProvince[r];
    }

    String districtCode(int d) {
        return districts.get(d)[0];
    }

    String districtName(int d) {
        return districts.get(d)[1];
    }

    String regencyCode(int r) {
        return regencies.get(r)[0];
    }

    String regencyName(int r) {
        return regencies.get(r)[1];
    }

    String provinceCode(int p) {
        return provinces.get(p)[0];
    }

    String provinceName(int p) {
        return provinces.get(p)[1];
    }

    int province(String code) {
        Integer p = provinceIndex.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no province " + code);
        }
        return p;
    }
}
