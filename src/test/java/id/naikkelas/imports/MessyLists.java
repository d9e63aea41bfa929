package id.naikkelas.imports;

import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds agency lists the way they really come (issue 16), deterministically (one seed), with what each line should
 * become: three layouts (a regency office's Excel with title rows, a province office's Windows-1252 CSV with short
 * place names, an Excel keyed by region codes that repeats businesses of the second), 560 lines. Every line carries
 * the rule it exercises and its expected outcome, so a test can count false rejections, false acceptances and the
 * duplicate finder's precision and recall. Nothing is committed as a binary: the files are made on the fly.
 */
final class MessyLists {

    enum Expect { NEW, DUPLICATE, REJECT }

    /** One line: its number in the file, the rule it exercises, the expected outcome, the reason code if refused, the business it is. */
    record Line(int line, String rule, Expect expect, String reason, String identity) {
    }

    record ListFile(String name, String user, byte[] bytes, List<Line> lines) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String[] PRODUCTS = {"Keripik Pisang", "Keripik Singkong", "Kue Bangkit", "Lempok Durian", "Bolu Kemojo",
            "Roti Jala", "Dodol Nanas", "Sambal Lingkong", "Kerupuk Ikan", "Abon Tuna", "Otak-otak Tenggiri", "Madu Sialang",
            "Kopi Robusta", "Teh Serai", "Jamu Kunyit Asam", "Batik Tulis", "Tenun Tapis", "Anyaman Pandan", "Sirup Pala", "Kue Bawang",
            "Pempek Kapal Selam", "Rendang Paru", "Gula Aren", "Emping Melinjo", "Kemplang Panggang", "Manisan Pala", "Tempe Keripik",
            "Bakso Ikan", "Seruit Sambal", "Lapis Legit", "Kopi Luwak", "Terasi Udang", "Minyak Kelapa", "Rengginang Ketan"};
    private static final String[] QUALIFIERS = {"Barokah", "Berkah Jaya", "Sumber Rezeki", "Cahaya", "Mandiri", "Lestari", "Sejahtera",
            "Harapan", "Mekar", "Putri", "Indah", "Makmur", "Sakinah", "Amanah", "Bintang", "Melati", "Anggrek", "Kenanga", "Pelangi",
            "Sentosa"};
    private static final String[] FIRST = {"Siti", "Nur", "Ahmad", "Yusuf", "Ratna", "Dewi", "Agus", "Bambang", "Rina", "Taufik",
            "Yanti", "Eko", "Rudi", "Hendra", "Fitri", "Wulan", "Intan", "Joko", "Sri", "Lina", "Maimunah", "Zainal", "Syamsul",
            "Rahmat", "Hasanah", "Indra", "Mulyadi", "Suparmi", "Komang", "Made"};
    private static final String[] LAST = {"Aminah", "Hayati", "Hidayat", "Hamdani", "Sari", "Lestari", "Salim", "Irawan", "Marlina",
            "Susanti", "Prasetyo", "Hartono", "Gunawan", "Wahyuni", "Rahayu", "Saputra", "Kurniawan", "Pratiwi", "Nasution",
            "Harahap", "Siregar", "Lubis", "Rangkuti", "Wijaya", "Purnomo", "Utami", "Yulianti", "Setiawan"};
    private static final String[] PLACEHOLDERS = {"-", "\u2013", "\u2014", "--", "0", "tidak ada", "belum ada", "n/a", "kosong", "nihil",
            "null", "Tdk ada"};
    private static final String[] SECTORS = {"Makanan olahan", "Minuman", "Kerajinan", "Kuliner", "Fesyen", "Jamu herbal", "-"};

    private final Random random = new Random(16);
    private final Map<String, List<String[]>> villagesByDistrict = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private int serial = 3001;
    private int phone = 10_000_001;
    private int identities;

    /** The previous businesses of this build, to repeat: identity → what was written the first time. */
    private final List<Business> written = new ArrayList<>();

    /** A business and its owner as first written: the identity a later line repeats. */
    record Business(String identity, String name, String owner, String nik, String phone, String regency, String district,
                    String village, String code) {
    }

    MessyLists() {
        readRegions();
    }

    static List<ListFile> build() {
        var b = new MessyLists();
        return List.of(b.dumaiExcel(), b.lampungCsv(), b.lampungCodesExcel());
    }

    // ---- layout 1: a city office's Excel with title rows, Dumai (petugas.dumai) ----------------------------------------------

    ListFile dumaiExcel() {
        var rows = new ArrayList<Object[]>();
        var lines = new ArrayList<Line>();
        int first = 4; // title, date, blank, header on row 3
        var places = places("14.72");
        for (int i = 0; i < 200; i++) {
            int lineNo = first + i;
            var place = places.get(random.nextInt(places.size()));
            var b = fresh(place, "14.72");
            String district = abbreviate(place[0], "Kec. ");
            String village = abbreviate(place[1], "Kel. ");
            Object nik = b.nik();
            String phoneCell = b.phone();
            String sales = random.nextBoolean() ? "Rp " + (1 + random.nextInt(20)) + ".500.000" : "";
            String year = random.nextBoolean() ? Integer.toString(2005 + random.nextInt(19)) : "";
            String sector = SECTORS[random.nextInt(SECTORS.length)];
            String name = b.name();
            String owner = b.owner();
            String rule;
            Expect expect = Expect.NEW;
            String reason = null;
            switch (i % 20) {
                case 0, 1 -> {
                    rule = "placeholders in optional fields";
                    phoneCell = pick(PLACEHOLDERS);
                    sales = pick(PLACEHOLDERS);
                    year = pick(PLACEHOLDERS);
                    sector = pick(PLACEHOLDERS);
                    village = pick(PLACEHOLDERS);
                }
                case 2 -> {
                    rule = "placeholder as business name";
                    name = pick(PLACEHOLDERS);
                    expect = Expect.REJECT;
                    reason = RowConverter.MISSING;
                }
                case 3 -> {
                    rule = "placeholder as owner name";
                    owner = pick(PLACEHOLDERS);
                    expect = Expect.REJECT;
                    reason = RowConverter.MISSING;
                }
                case 4 -> {
                    rule = "NIK missing";
                    nik = random.nextBoolean() ? "" : pick(PLACEHOLDERS);
                    expect = Expect.REJECT;
                    reason = RowConverter.MISSING;
                }
                case 5 -> {
                    rule = "NIK with apostrophe";
                    nik = "'" + b.nik();
                }
                case 6 -> {
                    rule = "NIK with separators";
                    String n = b.nik();
                    String sep = new String[] {" ", ".", "-"}[random.nextInt(3)];
                    nik = n.substring(0, 4) + sep + n.substring(4, 8) + sep + n.substring(8, 12) + sep + n.substring(12);
                }
                case 7 -> {
                    rule = "NIK as a number that lost its last digit";
                    nik = Long.parseLong(b.nik().substring(0, 15) + "0");
                    expect = Expect.REJECT;
                    reason = "imports.number.digitsLost";
                }
                case 8 -> {
                    rule = "NIK in scientific notation as text";
                    nik = b.nik().charAt(0) + (random.nextBoolean() ? "." : ",") + b.nik().substring(1, 6) + "E+15";
                    expect = Expect.REJECT;
                    reason = "imports.number.scientific";
                }
                case 9 -> {
                    rule = "district outside the jurisdiction";
                    district = "Kec. Bantan";
                    village = "";
                    expect = Expect.REJECT;
                    reason = "imports.region.outsideFound";
                }
                case 10 -> {
                    rule = "unknown village in a known district";
                    village = "Kampung Antah Berantah";
                    expect = Expect.REJECT;
                    reason = "imports.region.villageNotFound";
                }
                case 11, 12 -> {
                    rule = "repeat of an earlier business";
                    var earlier = earlier("14.72");
                    if (earlier != null) {
                        b = earlier;
                        name = variant(earlier.name());
                        owner = random.nextBoolean() ? "Hj. " + earlier.owner() : earlier.owner().toUpperCase();
                        nik = earlier.nik();
                        phoneCell = earlier.phone().replace("-", " ");
                        district = earlier.district();
                        village = earlier.village();
                        expect = Expect.DUPLICATE;
                    }
                }
                case 13 -> {
                    rule = "one owner, another business";
                    var earlier = earlier("14.72");
                    if (earlier != null) {
                        owner = earlier.owner();
                        nik = earlier.nik();
                        b = new Business(b.identity(), b.name(), earlier.owner(), earlier.nik(), b.phone(), null, b.district(), b.village(),
                                b.code());
                    }
                }
                default -> rule = "clean line";
            }
            if (expect == Expect.NEW) {
                remember(b, name, owner, phoneCell, district, village);
            }
            rows.add(new Object[] {i + 1, name, owner, nik, phoneCell, "Jl. " + pick(LAST) + " No. " + (1 + i % 90), district, village,
                    sector, sales, year});
            lines.add(new Line(lineNo, rule, expect, reason, b.identity()));
        }
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Microsoft Excel", "16.0");
            var sheet = workbook.newWorksheet("Binaan 2025");
            sheet.value(0, 0, "DAFTAR UMKM BINAAN KOTA DUMAI TAHUN 2025");
            sheet.value(1, 0, "Keadaan per 30 November 2025");
            String[] headers = {"No", "Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Alamat", "Kecamatan", "Kelurahan/Desa",
                    "Jenis Usaha", "Omzet per bulan", "Tahun Berdiri"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(2, c, headers[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object v = rows.get(r)[c];
                    if (v instanceof Number n) {
                        sheet.value(first - 1 + r, c, n);
                    } else if (v != null && !"".equals(v)) {
                        sheet.value(first - 1 + r, c, (String) v);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListFile("binaan-dumai-2025.xlsx", "petugas.dumai", out.toByteArray(), lines);
    }

    // ---- layout 2: a province office's CSV from Excel (Windows-1252, semicolons), short names of regencies ----------------

    ListFile lampungCsv() {
        var text = new StringBuilder("REKAP UMKM BINAAN DINAS KOPERASI DAN UKM PROVINSI LAMPUNG;;;;;;;;;;\n;;;;;;;;;;\n");
        text.append("NO;NAMA UMKM;NAMA PEMILIK;NO KTP;TELP/WA;KABUPATEN/KOTA;KECAMATAN;DESA/KELURAHAN;BIDANG USAHA;OMSET PER TAHUN;KETERANGAN\n");
        var lines = new ArrayList<Line>();
        var regencies = ShortPlaceNames.entries().stream().filter(e -> e.code().startsWith("18.")).toList();
        for (int i = 0; i < 200; i++) {
            int lineNo = 4 + i;
            var entry = regencies.get(random.nextInt(regencies.size()));
            var places = places(entry.code());
            var place = places.get(random.nextInt(places.size()));
            var b = fresh(place, entry.code());
            String regency = random.nextInt(3) == 0 ? entry.officialName().toUpperCase() : entry.shortName();
            String district = abbreviate(place[0], "Kec. ");
            String village = abbreviate(place[1], random.nextBoolean() ? "Ds. " : "");
            String name = b.name();
            String owner = b.owner();
            String nik = b.nik();
            String phoneCell = b.phone();
            String sales = random.nextBoolean() ? (10 + random.nextInt(400)) + " juta" : "Rp -";
            String note = random.nextBoolean() ? "sudah P-IRT" : "\u2013";
            String sector = SECTORS[random.nextInt(SECTORS.length)];
            String rule;
            Expect expect = Expect.NEW;
            String reason = null;
            switch (i % 10) {
                case 0 -> {
                    rule = "placeholders in optional fields";
                    phoneCell = pick(PLACEHOLDERS);
                    sales = pick(PLACEHOLDERS);
                    sector = pick(PLACEHOLDERS);
                }
                case 1 -> {
                    rule = "short regency name and address abbreviations";
                    regency = entry.shortName();
                    district = abbreviate(place[0], "Kec. ");
                }
                case 2 -> {
                    rule = "regency outside the jurisdiction";
                    regency = random.nextBoolean() ? "Jaksel" : "Inhil";
                    district = regency.equals("Jaksel") ? "Kebayoran Baru" : "Reteh";
                    village = "";
                    expect = Expect.REJECT;
                    reason = "imports.region.outsideFound";
                }
                case 3 -> {
                    rule = "NIK in scientific notation as text";
                    nik = nik.charAt(0) + ",4" + nik.substring(2, 6) + "E+15";
                    expect = Expect.REJECT;
                    reason = "imports.number.scientific";
                }
                case 4 -> {
                    rule = "placeholder as owner name";
                    owner = random.nextBoolean() ? "-" : "belum ada";
                    expect = Expect.REJECT;
                    reason = RowConverter.MISSING;
                }
                case 5 -> {
                    rule = "NIK with apostrophe";
                    nik = "'" + nik;
                }
                case 6 -> {
                    rule = "Windows-1252 text";
                    name = "Caf\u00e9 \u2018" + b.name() + "\u2019";
                }
                default -> rule = "clean line";
            }
            if (expect == Expect.NEW) {
                remember(b, name, owner, phoneCell, district, village);
                written.set(written.size() - 1, new Business(b.identity(), name, owner, b.nik(), phoneCell, regency, district, village,
                        b.code()));
            }
            text.append(String.join(";", Integer.toString(i + 1), name, owner, nik, phoneCell, regency, district, village, sector, sales,
                    note)).append('\n');
            lines.add(new Line(lineNo, rule, expect, reason, b.identity()));
        }
        return new ListFile("rekap-umkm-lampung.csv", "petugas.lampung", text.toString().replace("\n", "\r\n").getBytes(WINDOWS_1252), lines);
    }

    // ---- layout 3: an Excel keyed by region codes that repeats businesses of the province list ---------------------------------

    ListFile lampungCodesExcel() {
        var rows = new ArrayList<String[]>();
        var lines = new ArrayList<Line>();
        var lampungRegencies = ShortPlaceNames.entries().stream().filter(e -> e.code().startsWith("18.")).toList();
        for (int i = 0; i < 160; i++) {
            int lineNo = 2 + i;
            var entry = lampungRegencies.get(random.nextInt(lampungRegencies.size()));
            var place = places(entry.code()).get(random.nextInt(places(entry.code()).size()));
            var b = fresh(place, entry.code());
            String name = b.name();
            String owner = b.owner();
            String nik = b.nik();
            String phoneCell = b.phone();
            String code = random.nextBoolean() ? place[3] : place[3].replace(".", "");
            String sector = SECTORS[random.nextInt(SECTORS.length)];
            String sales = random.nextBoolean() ? "150.000.000" : "0";
            String rule;
            Expect expect = Expect.NEW;
            String reason = null;
            switch (i % 8) {
                case 0, 1, 2 -> {
                    rule = "repeat of a business of the province list";
                    var earlier = earlier("18.");
                    if (earlier != null) {
                        b = earlier;
                        name = variant(earlier.name());
                        owner = earlier.owner();
                        nik = earlier.nik();
                        phoneCell = Placeholders.blank(earlier.phone()) ? "" : earlier.phone().replace("-", "");
                        code = earlier.code();
                        expect = Expect.DUPLICATE;
                    }
                }
                case 3 -> {
                    rule = "region code outside the jurisdiction";
                    code = "14.72.01.1006";
                    expect = Expect.REJECT;
                    reason = "imports.region.outsideFound";
                }
                case 4 -> {
                    rule = "placeholder as business name";
                    name = "\u2014";
                    expect = Expect.REJECT;
                    reason = RowConverter.MISSING;
                }
                case 5 -> {
                    rule = "one owner, another business";
                    var earlier = earlier("18.");
                    if (earlier != null) {
                        owner = earlier.owner();
                        nik = earlier.nik();
                        b = new Business(b.identity(), b.name(), owner, nik, b.phone(), null, null, null, b.code());
                    }
                }
                default -> rule = "clean line";
            }
            if (expect == Expect.NEW) {
                remember(b, name, owner, phoneCell, null, null);
            }
            rows.add(new String[] {owner, nik, name, sector, code, "Jl. " + pick(LAST) + " " + (1 + i), phoneCell, sales});
            lines.add(new Line(lineNo, rule, expect, reason, b.identity()));
        }
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Microsoft Excel", "16.0");
            var sheet = workbook.newWorksheet("Data");
            String[] headers = {"Nama Pelaku Usaha", "NIK Pemilik", "Nama Usaha", "Sektor/Jenis Usaha", "Kode Wilayah", "Alamat Usaha",
                    "No HP", "Omzet"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    if (!rows.get(r)[c].isEmpty()) {
                        sheet.value(1 + r, c, rows.get(r)[c]);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListFile("data-umkm-kode-wilayah.xlsx", "petugas.lampung", out.toByteArray(), lines);
    }

    // ---- pieces -------------------------------------------------------------------------------------------------------------

    /** A new business in the given place: a name, an owner and identifiers no other line of the build has. */
    private Business fresh(String[] place, String regencyCode) {
        String owner;
        do {
            owner = pick(FIRST) + " " + pick(LAST) + (random.nextInt(4) == 0 ? " " + pick(LAST) : "");
        } while (names.containsKey("o:" + owner));
        names.put("o:" + owner, owner);
        String name;
        do {
            name = pick(PRODUCTS) + " " + pick(QUALIFIERS) + " " + owner.split(" ")[0];
        } while (names.containsKey("n:" + name));
        names.put("n:" + name, name);
        boolean woman = random.nextBoolean();
        int day = 1 + random.nextInt(28) + (woman ? 40 : 0);
        String nik = place[3].substring(0, 8).replace(".", "") + String.format("%02d%02d%02d", day, 1 + random.nextInt(12),
                60 + random.nextInt(40)) + String.format("%04d", serial++);
        String phoneNumber = "0812-" + (phone / 10_000) + "-" + String.format("%04d", phone % 10_000);
        phone += 7;
        return new Business("b" + (identities++), name, owner, nik, phoneNumber, regencyCode, place[0], place[1], place[3]);
    }

    private void remember(Business b, String name, String owner, String phoneCell, String district, String village) {
        written.add(new Business(b.identity(), name, owner, b.nik(), phoneCell, b.regency(), district == null ? b.district() : district,
                village == null ? b.village() : village, b.code()));
    }

    /** A business written earlier in this build in the given region (code prefix), or null. */
    private Business earlier(String codePrefix) {
        var candidates = written.stream().filter(b -> b.code() != null && b.code().startsWith(codePrefix) && b.regency() != null
                && !Placeholders.blank(b.village())).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** How another office spells the same business: spelling variants, an honorific, a legal form, case. */
    private String variant(String name) {
        return switch (random.nextInt(4)) {
            case 0 -> name.replace("Keripik", "Kripik").replace("Kerupuk", "Krupuk").replace("Sambal", "Sambel");
            case 1 -> "UD " + name;
            case 2 -> name.toUpperCase();
            default -> name + " ";
        };
    }

    /** A place name as lists write it: with a prefix, abbreviations, or in capitals. */
    private String abbreviate(String official, String prefix) {
        String text = official;
        if (random.nextInt(5) < 2) {
            text = text.replaceFirst("^Tanjung ", "Tj. ").replaceFirst("^Sungai ", "Sei ").replaceFirst("^Bukit ", "Bkt. ")
                    .replaceFirst("^Pangkalan ", "Pkl. ").replaceFirst("^Batang ", "Btg. ").replaceFirst(" Utara$", " Utr.")
                    .replaceFirst(" Selatan$", " Sel.").replaceFirst(" Timur$", " Tim.").replaceFirst(" Barat$", " Bar.")
                    .replaceFirst(" Tengah$", " Tgh.");
        }
        if (random.nextBoolean()) {
            text = prefix + text;
        }
        return random.nextInt(4) == 0 ? text.toUpperCase() : text;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Villages of a regency as {district name, village name, district code, village code}, only where the district's
     * name is unique in its regency and the village's in its district (a list cannot tell the others apart either).
     */
    private List<String[]> places(String regencyCode) {
        return villagesByDistrict.computeIfAbsent(regencyCode, code -> {
            var districts = regions.values().stream().filter(r -> r[2].equals("district") && r[3].equals(code)).toList();
            var out = new ArrayList<String[]>();
            for (var d : districts) {
                if (districts.stream().filter(o -> key(o[1]).equals(key(d[1]))).count() > 1) {
                    continue;
                }
                var villages = regions.values().stream().filter(r -> r[2].equals("village") && r[3].equals(d[0])).toList();
                for (var v : villages) {
                    if (villages.stream().filter(o -> key(o[1]).equals(key(v[1]))).count() == 1) {
                        out.add(new String[] {d[1], v[1], d[0], v[0]});
                    }
                }
            }
            return out;
        });
    }

    private static String key(String name) {
        return RegionName.of(name).key();
    }

    private final Map<String, String[]> regions = new LinkedHashMap<>();

    /** The official list, of the regencies the lists use (Dumai, Lampung): code, name, level, parent. */
    private void readRegions() {
        try (var in = MessyLists.class.getResourceAsStream("/reference/wilayah.csv")) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (var r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String code = r.get("code");
                if (code.startsWith("14.72") || code.startsWith("18.")) {
                    regions.put(code, new String[] {code, r.get("name"), r.get("level"), r.get("parent_code")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
