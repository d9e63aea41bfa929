import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Writes a reproducible synthetic agency list of UMKM in Lampung (province 18): realistic business,
 * owner and street names, real villages, districts and regencies from wilayah.csv (sometimes only as
 * names, with the prefixes, capitals and small typos agencies use), NIKs that pass the NIK rules,
 * phone numbers, omzet as people write it, a few invalid rows, and about 10% near-duplicates of
 * earlier rows (another spelling, honorific, typo, shortened owner name, reformatted or missing phone,
 * missing NIK or address...). The side file lists every row's line and its business (entity), so the
 * matcher's precision and recall can be measured.
 *
 * <p>Usage: {@code java GenerateAgencyList.java <wilayah.csv> <rows> <seed> <out.csv> <labels.csv>}
 */
public class GenerateAgencyList {

    static final String[] FEMALE = {"Siti", "Sri", "Nur", "Dewi", "Rina", "Ani", "Yanti", "Wati", "Lestari", "Eka", "Dian", "Fitri", "Ratna",
            "Yuli", "Lina", "Sari", "Endang", "Tuti", "Rini", "Wulan", "Indah", "Ayu", "Nurul", "Rahmawati", "Susanti", "Kartini", "Aminah",
            "Maimunah", "Rosmiati", "Hasanah", "Khadijah", "Fatimah", "Aisyah", "Zubaidah", "Marlina", "Nurhayati", "Suryani", "Puspita",
            "Mega", "Novi", "Ratih", "Desi", "Evi", "Lilis", "Neneng", "Euis", "Ika", "Putri", "Kurniasih", "Sumarni", "Sulastri", "Suharti",
            "Murni", "Darmi", "Sukarti", "Partini", "Wartini", "Juwita", "Intan", "Rahayu", "Handayani", "Widya", "Septi", "Oktaviani",
            "Anisa", "Nadia", "Umi", "Nani", "Yati", "Asih", "Titin", "Heni", "Leni", "Mira", "Yayuk", "Sumiati", "Samsiah", "Jumiati",
            "Kasmawati", "Herlina"};
    static final String[] MALE = {"Ahmad", "Muhammad", "Budi", "Agus", "Joko", "Slamet", "Bambang", "Hendra", "Rudi", "Andi", "Dedi", "Eko",
            "Yusuf", "Hasan", "Ridwan", "Syamsul", "Zainal", "Sutrisno", "Suparman", "Wahyu", "Arif", "Irfan", "Fajar", "Taufik", "Hadi",
            "Heru", "Iwan", "Doni", "Rahmat", "Teguh", "Supriyadi", "Sugeng", "Suryadi", "Darmawan", "Firman", "Kurniawan", "Nanang",
            "Ujang", "Asep", "Dadang", "Wayan", "Made", "Ketut", "Komang", "Nyoman", "Rizki", "Fauzi", "Ilham", "Yanto", "Mulyadi",
            "Sahroni", "Basri", "Hamdani", "Jamaludin", "Nasrul", "Saiful", "Sukardi", "Tarmizi", "Yahya", "Rusdi"};
    static final String[] SURNAMES = {"Saputra", "Saputri", "Wijaya", "Santoso", "Pratama", "Setiawan", "Hidayat", "Nugroho", "Susanto",
            "Kusuma", "Hartono", "Gunawan", "Purnomo", "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sihombing", "Hutapea",
            "Panjaitan", "Batubara", "Rangkuti", "Ginting", "Sembiring", "Tarigan", "Effendi", "Syahputra", "Permana", "Firmansyah",
            "Ramadhan", "Maulana", "Prasetyo", "Wibowo", "Utomo", "Sulistyo", "Hakim", "Rahman", "Abdullah", "Ismail", "Hasibuan",
            "Manurung", "Sitompul", "Daulay", "Suherman", "Sudrajat", "Mulyana", "Supriatna", "Hermawan", "Kurnia", "Irawan", "Ardiansyah",
            "Fauzan", "Zulkarnain", "Amir", "Yunus", "Syarifuddin", "Marpaung", "Tanjung", "Piliang", "Chaniago", "Pohan", "Situmorang",
            "Wahyudi", "Hariyanto", "Setiabudi", "Nurdin", "Rosyid", "Kartika", "Anggraini"};
    static final String[] PRODUCTS = {"Keripik Pisang", "Keripik Singkong", "Keripik Nangka", "Keripik Tempe", "Keripik Nanas", "Kopi Robusta",
            "Kopi Bubuk", "Kopi Luwak", "Lempok Durian", "Sambal Lingkung", "Kemplang", "Kerupuk Kemplang", "Kerupuk Ikan", "Otak-otak",
            "Pempek", "Abon Ikan", "Abon Sapi", "Dodol Nanas", "Dodol Durian", "Selai Nanas", "Sirup Jahe", "Jahe Merah Instan", "Gula Aren",
            "Gula Semut", "Madu Hutan", "Kain Tapis", "Sulam Usus", "Batik Lampung", "Anyaman Bambu", "Anyaman Pandan", "Kerajinan Rotan",
            "Tas Rajut", "Bakpia", "Bolu Kukus", "Lapis Legit", "Engkak Ketan", "Kue Bangkit", "Roti Manis", "Donat Kentang", "Brownies Kukus",
            "Nugget Ikan", "Bakso Ikan", "Ikan Asin", "Terasi Udang", "Rempeyek Kacang", "Kacang Bawang", "Emping Melinjo", "Rengginang",
            "Tahu Susu", "Susu Kedelai", "Jamu Kunyit Asam", "Wedang Jahe", "Teh Daun Kelor", "Sabun Herbal", "Kue Kering", "Cokelat Batang",
            "Kerupuk Udang", "Bandeng Presto", "Seruit", "Pindang Patin", "Tempe Mendoan", "Kue Lapis", "Sambal Terasi", "Manisan Pala",
            "Opak Singkong"};
    static final String[] BRANDS = {"Barokah", "Berkah", "Sinar", "Jaya", "Makmur", "Mandiri", "Sejahtera", "Lestari", "Melati", "Mawar",
            "Cahaya", "Rezeki", "Sumber", "Putri", "Citra", "Mekar", "Harapan", "Bintang", "Mentari", "Amanah", "Sakinah", "Rahmah", "Nikmat",
            "Lezat", "Mantap", "Maju", "Abadi", "Bersama", "Karya", "Ananda", "Azzahra", "Kenanga", "Anggrek", "Seruni", "Kartika", "Pelangi",
            "Fajar", "Sentosa", "Bahagia", "Family", "Al Ikhlas", "Dua Saudara", "Tiga Putri", "Sari Rasa", "Rumah", "Dapur", "Griya",
            "Pondok", "Kedai", "Saung", "Jaya Abadi", "Rejeki", "Tunas", "Baru", "Indah", "Mulia", "Utama", "Permata", "Intan", "Gemilang"};
    static final String[] STREETS = {"Soekarno-Hatta", "Raden Intan", "Teuku Umar", "Diponegoro", "Sudirman", "Ahmad Yani", "Pramuka",
            "Imam Bonjol", "Zainal Abidin Pagar Alam", "Kartini", "Pangeran Antasari", "Way Sekampung", "Way Semaka", "Raya Natar",
            "Lintas Sumatera", "Pemuda", "Merdeka", "Cendana", "Kenanga", "Flamboyan", "Melati", "Nusantara", "Hayam Wuruk", "Gajah Mada",
            "Cut Nyak Dien", "Wolter Monginsidi", "Kapten Tendean", "Sultan Agung", "Ki Maja", "Urip Sumoharjo", "Pulau Damar",
            "Pulau Sebesi", "Endro Suratmin", "Ryacudu", "Airan Raya", "Raya Hajimena", "Padat Karya", "Lintas Timur", "Raya Metro",
            "Jenderal Suprapto", "Sisingamangaraja", "Kamboja", "Anggrek", "Mawar", "Dahlia", "Nangka", "Durian", "Manggis", "Salak",
            "Bougenville", "Veteran", "Pahlawan", "Kesehatan", "Pendidikan", "Masjid", "Pasar Baru", "Stadion", "Raya Kota Gajah",
            "Raya Bandar Jaya", "Raya Kalianda", "Trans Sumatera", "Way Halim", "Way Kanan", "Way Tulang Bawang"};
    static final String[] DUSUN = {"Sukamaju", "Sukarame", "Sidomulyo", "Margodadi", "Karanganyar", "Tanjungsari", "Sumberejo", "Mekarsari",
            "Srimulyo", "Bumi Agung", "Sinar Harapan", "Tegal Sari", "Purwodadi", "Rejosari", "Wonosari"};
    static final String[][] SPELLING = {{"Keripik", "Kripik"}, {"Nanas", "Nenas"}, {"Sambal", "Sambel"}, {"Kerupuk", "Krupuk"},
            {"Kue", "Kueh"}, {"Cokelat", "Coklat"}, {"Kopi", "Kopi"}, {"Tempe", "Tempe"}};
    static final String[] LEGAL = {"UD ", "Toko ", "CV. ", "UD. "};
    static final String[] HONORIFIC_F = {"Bu ", "Ibu ", "Hj. ", "Mak "};
    static final String[] HONORIFIC_M = {"Pak ", "Bpk. ", "H. ", "Bapak "};

    record Village(String code, String name, String district, String regency) {
    }

    /** One business as the agency wrote it; {@code entity} is the real business behind the row. */
    record Row(long entity, String name, String owner, String nik, String phone, String address, String district, String village,
               String regency, String code, String product, String omzet, String nib, Village place, boolean female) {
    }

    final Random random;
    final List<Village> villages;
    final Set<String> niks = new HashSet<>();
    final Set<String> nibs = new HashSet<>();
    final Set<String> phones = new HashSet<>();

    GenerateAgencyList(long seed, List<Village> villages) {
        this.random = new Random(seed);
        this.villages = villages;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java GenerateAgencyList.java <wilayah.csv> <rows> <seed> <out.csv> <labels.csv>");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[1]);
        var generator = new GenerateAgencyList(Long.parseLong(args[2]), lampung(Path.of(args[0])));
        generator.write(rows, Path.of(args[3]), Path.of(args[4]));
    }

    static List<Village> lampung(Path wilayah) throws IOException {
        var names = new HashMap<String, String>();
        var villages = new ArrayList<String[]>();
        try (BufferedReader in = Files.newBufferedReader(wilayah, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("18")) {
                    continue;
                }
                // two village names in the country contain a comma (quoted); none in Lampung
                String[] f = line.split(",");
                names.put(f[0], f[1]);
                if (f[2].equals("village")) {
                    villages.add(f);
                }
            }
        }
        var result = new ArrayList<Village>();
        for (String[] v : villages) {
            String district = v[0].substring(0, 8);
            String regency = v[0].substring(0, 5);
            result.add(new Village(v[0], v[1], names.get(district), names.get(regency)));
        }
        return result;
    }

    void write(int total, Path out, Path labels) throws IOException {
        // duplicates wait in a queue for the line they were scheduled at, a few to many chunks after their original
        var pending = new PriorityQueue<long[]>((a, b) -> Long.compare(a[0], b[0]));
        var scheduled = new HashMap<Long, Row>();
        long entities = 0;
        int duplicates = 0;
        try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             BufferedWriter side = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            csv.write("No;Nama Usaha;Nama Pemilik;NIK;No. HP/WA;Alamat;Kecamatan;Kelurahan/Desa;Kabupaten/Kota;Kode Wilayah;Jenis Produk;Omzet;NIB\n");
            side.write("line,entity,duplicate_of_line\n");
            var firstLine = new HashMap<Long, Integer>();
            for (int i = 0; i < total; i++) {
                int line = i + 2;
                Row row;
                boolean duplicate = false;
                if (!pending.isEmpty() && pending.peek()[0] <= line) {
                    row = scheduled.remove(pending.poll()[1]);
                    duplicate = true;
                    duplicates++;
                } else {
                    row = original(++entities);
                    // one in nine originals gets a near-duplicate later: 10% of all rows
                    if (random.nextInt(9) == 0 && isValid(row)) {
                        long key = entities;
                        scheduled.put(key, nearDuplicate(row));
                        pending.add(new long[] {line + 1 + random.nextInt(Math.max(1, Math.min(200_000, total + 1 - line))), key});
                    }
                }
                csv.write(csvLine(i + 1, row));
                if (!duplicate) {
                    firstLine.put(row.entity(), line);
                }
                side.write(line + "," + row.entity() + "," + (duplicate ? firstLine.get(row.entity()) : "") + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "%d rows, %d businesses, %d near-duplicates (%.1f%%)%n", total, entities, duplicates,
                100.0 * duplicates / total);
    }

    static boolean isValid(Row row) {
        return row.owner() != null && !row.owner().isEmpty() && (row.nik() == null || !row.nik().contains("E+"))
                && !row.district().startsWith("Kec. Entah");
    }

    Row original(long entity) {
        Village place = villages.get(random.nextInt(villages.size()));
        boolean female = random.nextInt(100) < 62;
        String first = pick(female ? FEMALE : MALE);
        String owner = random.nextInt(100) < 80 ? first + " " + pick(SURNAMES) : first;
        if (random.nextInt(100) < 5) {
            owner = owner + " " + pick(SURNAMES);
        }
        String product = pick(PRODUCTS);
        String name = switch (random.nextInt(10)) {
            case 0, 1, 2 -> product + " " + pick(female ? HONORIFIC_F : HONORIFIC_M) + first;
            case 3, 4, 5 -> product + " " + pick(BRANDS) + " " + pick(BRANDS);
            case 6 -> pick(LEGAL) + pick(BRANDS) + " " + pick(BRANDS);
            case 7, 8 -> pick(BRANDS) + " " + product;
            default -> product + " " + place.name();
        };
        String nik = random.nextInt(100) < 60 ? nik(place, female) : null;
        String phone = random.nextInt(100) < 85 ? phone() : null;
        String address = switch (random.nextInt(4)) {
            case 0 -> "Dusun " + pick(DUSUN) + " RT " + pad(random.nextInt(12) + 1) + " RW " + pad(random.nextInt(6) + 1);
            default -> "Jl. " + pick(STREETS) + " No. " + (random.nextInt(250) + 1);
        };
        String omzet = switch (random.nextInt(5)) {
            case 0 -> (random.nextInt(290) + 10) + " juta";
            case 1 -> "Rp " + grouped((random.nextInt(500) + 5) * 1_000_000L);
            case 2 -> String.valueOf((random.nextInt(400) + 12) * 500_000L);
            case 3 -> "";
            default -> "Rp " + grouped((random.nextInt(900) + 10) * 100_000L) + ",00";
        };
        String nib = random.nextInt(100) < 20 ? nib() : null;
        var row = placed(new Row(entity, name, owner, nik, phone, address, null, null, null, null, product, omzet, nib, place, female),
                random.nextInt(100) < 50);
        // about 2% are rows an agency gets wrong: Excel's notation for a NIK, an unknown district, no owner
        return switch (random.nextInt(150)) {
            case 0 -> withNik(row, "1.8" + random.nextInt(10) + "E+15");
            case 1 -> new Row(entity, row.name(), row.owner(), row.nik(), row.phone(), row.address(), "Kec. Entah Berantah", row.village(),
                    row.regency(), null, row.product(), row.omzet(), row.nib(), place, female);
            case 2 -> new Row(entity, row.name(), "", row.nik(), row.phone(), row.address(), row.district(), row.village(), row.regency(),
                    row.code(), row.product(), row.omzet(), row.nib(), place, female);
            default -> row;
        };
    }

    /** The region as code plus names, or as names only, written the ways agencies write them. */
    Row placed(Row r, boolean withCode) {
        Village v = r.place();
        String district = switch (random.nextInt(4)) {
            case 0 -> "Kec. " + v.district();
            case 1 -> v.district().toUpperCase(Locale.ROOT);
            default -> v.district();
        };
        String village = switch (random.nextInt(4)) {
            case 0 -> (v.code().charAt(9) == '1' ? "Kel. " : "Desa ") + v.name();
            case 1 -> v.name().toUpperCase(Locale.ROOT);
            default -> v.name();
        };
        String regency = switch (random.nextInt(3)) {
            case 0 -> v.regency().replace("Kabupaten ", "Kab. ");
            case 1 -> v.regency().toUpperCase(Locale.ROOT);
            default -> v.regency();
        };
        return new Row(r.entity(), r.name(), r.owner(), r.nik(), r.phone(), r.address(), district, village, regency,
                withCode ? v.code() : null, r.product(), r.omzet(), r.nib(), v, r.female());
    }

    /** The same business as another agency wrote it. */
    Row nearDuplicate(Row r) {
        String name = r.name();
        String owner = r.owner();
        String nik = r.nik();
        String phone = r.phone();
        String address = r.address();
        int changes = 2 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            switch (random.nextInt(11)) {
                case 0 -> name = spelling(name);
                case 1 -> name = honorific(name, r.female());
                case 2 -> name = name.startsWith("UD ") || name.startsWith("Toko ") ? name.replaceFirst("^(UD|Toko) ", "") : pick(LEGAL) + name;
                case 3 -> name = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
                case 4 -> name = typo(name);
                case 5 -> owner = random.nextBoolean() ? typo(owner) : pick(r.female() ? HONORIFIC_F : HONORIFIC_M) + owner;
                case 6 -> owner = owner.contains(" ") ? owner.substring(0, owner.indexOf(' ')) : owner;
                case 7 -> address = address == null || random.nextInt(3) == 0 ? null
                        : address.replace("Jl. ", "Jalan ").replace("No. ", "");
                case 8 -> phone = phone == null || random.nextInt(3) == 0 ? null : reformat(phone);
                case 9 -> nik = random.nextBoolean() ? null : nik;
                default -> name = name.replace(" ", "  ").replaceFirst("(\\w+)$", "\"$1\"");
            }
        }
        var copy = new Row(r.entity(), name, owner, nik, phone, address, null, null, null, null, r.product(), r.omzet(),
                random.nextBoolean() ? r.nib() : null, r.place(), r.female());
        return placed(copy, random.nextInt(100) < 40);
    }

    String spelling(String name) {
        for (String[] pair : SPELLING) {
            if (name.contains(pair[0])) {
                return name.replace(pair[0], pair[1]);
            }
        }
        return name;
    }

    String honorific(String name, boolean female) {
        for (String h : female ? HONORIFIC_F : HONORIFIC_M) {
            if (name.contains(" " + h)) {
                String other = pick(female ? HONORIFIC_F : HONORIFIC_M);
                return name.replace(" " + h, " " + other);
            }
        }
        return name;
    }

    /** One wrong, missing or swapped letter in a word of five or more letters. */
    String typo(String text) {
        String[] words = text.split(" ");
        var candidates = new ArrayList<Integer>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text;
        }
        int w = candidates.get(random.nextInt(candidates.size()));
        var word = new StringBuilder(words[w]);
        int at = 1 + random.nextInt(word.length() - 2);
        switch (random.nextInt(3)) {
            case 0 -> word.deleteCharAt(at);
            case 1 -> {
                char c = word.charAt(at);
                word.setCharAt(at, word.charAt(at + 1));
                word.setCharAt(at + 1, c);
            }
            default -> word.setCharAt(at, "aiueon".charAt(random.nextInt(6)));
        }
        words[w] = word.toString();
        return String.join(" ", words);
    }

    static String reformat(String phone) {
        String digits = phone.replaceAll("\\D", "");
        String national = digits.substring(1);
        return "+62 " + national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
    }

    String nik(Village v, boolean female) {
        while (true) {
            int day = random.nextInt(28) + 1 + (female ? 40 : 0);
            String nik = v.code().substring(0, 8).replace(".", "") + pad(day) + pad(random.nextInt(12) + 1)
                    + pad(random.nextInt(50) + 50) + String.format("%04d", random.nextInt(9999) + 1);
            if (niks.add(nik)) {
                return nik;
            }
        }
    }

    String nib() {
        while (true) {
            String nib = String.format("%013d", Math.floorMod(random.nextLong(), 9_000_000_000_000L) + 1_000_000_000_000L);
            if (nibs.add(nib)) {
                return nib;
            }
        }
    }

    String phone() {
        String[] prefixes = {"0812", "0813", "0821", "0822", "0852", "0853", "0857", "0858", "0877", "0878", "0896", "0838"};
        while (true) {
            String n = pick(prefixes) + (10_000_000 + random.nextInt(89_999_999));
            if (phones.add(n)) {
                return random.nextBoolean() ? n : n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8);
            }
        }
    }

    static Row withNik(Row r, String nik) {
        return new Row(r.entity(), r.name(), r.owner(), nik, r.phone(), r.address(), r.district(), r.village(), r.regency(), r.code(),
                r.product(), r.omzet(), r.nib(), r.place(), r.female());
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String grouped(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String csvLine(int no, Row r) {
        return no + ";" + quote(r.name()) + ";" + quote(r.owner()) + ";" + quote(r.nik()) + ";" + quote(r.phone()) + ";" + quote(r.address())
                + ";" + quote(r.district()) + ";" + quote(r.village()) + ";" + quote(r.regency()) + ";" + quote(r.code()) + ";"
                + quote(r.product()) + ";" + quote(r.omzet()) + ";" + quote(r.nib()) + "\n";
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
