package id.naikkelas.benchdata;

import java.util.SplittableRandom;

/**
 * The vocabulary of generated rows: Indonesian given names, the products small producers make and
 * the way their businesses are named ("Keripik Pisang Bu Siti", "UD Sinar Jaya", "Kopi Robusta
 * Berkah"). Names and products are plain ASCII, so the search column can be written as the app
 * writes it (lower case, unaccented) without asking the database.
 */
final class Words {

    static final String[] MEN = {"Agus", "Budi", "Joko", "Slamet", "Bambang", "Hendra", "Rudi", "Dedi", "Andi", "Wahyu", "Eko",
            "Yusuf", "Ahmad", "Muhammad", "Rizky", "Fajar", "Made", "Ketut", "Nyoman", "Wayan", "Imam", "Hasan", "Darmawan",
            "Sutrisno", "Suparman", "Yohanes", "Markus", "Petrus", "Arif", "Taufik", "Heru", "Dodi", "Irfan", "Samsul", "Rahmat"};
    static final String[] WOMEN = {"Siti", "Sri", "Dewi", "Nur", "Rina", "Yuni", "Sumarni", "Wati", "Lestari", "Ani", "Endang",
            "Rahayu", "Fitri", "Ratna", "Maya", "Indah", "Ayu", "Putu", "Kadek", "Nyoman", "Fatimah", "Aisyah", "Hasnah", "Murni",
            "Tuti", "Yanti", "Ida", "Rosmawati", "Maria", "Susanti", "Kartini", "Sulastri", "Nurhayati", "Erna", "Lina"};
    static final String[] FAMILY = {"Santoso", "Wijaya", "Saputra", "Setiawan", "Hidayat", "Pratama", "Kurniawan", "Rahmawati",
            "Susanti", "Lestari", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Hutapea", "Sitompul", "Tanjung", "Pohan",
            "Wibowo", "Purnomo", "Gunawan", "Suryadi", "Hasibuan", "Lubis", "Daulay", "Sembiring", "Ginting", "Tarigan", "Manurung",
            "Situmorang", "Sinaga", "Nainggolan", "Effendi", "Hakim", "Syahputra", "Ramadhan", "Permana", "Kusuma", "Utami", "Anggraini"};
    static final String[] BRAND = {"Sinar Jaya", "Berkah", "Barokah", "Maju Jaya", "Sumber Rejeki", "Cahaya Abadi", "Mekar Sari",
            "Sari Rasa", "Bintang", "Mandiri", "Sejahtera", "Karya Bunda", "Dapur Ibu", "Rasa Sayang", "Lancar", "Amanah", "Al Hikmah",
            "Tunas Muda", "Harapan", "Makmur", "Sentosa", "Putri", "Anugerah", "Citra", "Melati", "Mawar", "Kenanga", "Cempaka", "Pelangi",
            "Srikandi", "Nusantara", "Khatulistiwa", "Samudra", "Gunung Mas", "Tiga Saudara", "Dua Putri", "Sekar Arum", "Kembang Desa"};
    static final String[] HONORIFIC_WOMEN = {"Bu", "Ibu", "Mbak", "Umi", "Mak"};
    static final String[] HONORIFIC_MEN = {"Pak", "Bapak", "Mas", "Abah", "Bang"};
    static final String[] STREETS = {"Merdeka", "Sudirman", "Diponegoro", "Imam Bonjol", "Gatot Subroto", "Ahmad Yani", "Kartini",
            "Pahlawan", "Veteran", "Pemuda", "Flamboyan", "Melati", "Kenanga", "Cendana", "Raya", "Pasar", "Masjid", "Sekolah",
            "Lintas Sumatera", "Teuku Umar", "Hasanuddin", "Pattimura", "Sisingamangaraja", "Cut Nyak Dien", "Pramuka"};
    static final String[] VARIANTS = {"Original", "Pedas", "Balado", "Manis", "Asin", "Pedas Manis", "Keju", "Cokelat", "Jagung Bakar"};

    /** A product a small producer makes: food ones carry their BPOM category and P-IRT food type. */
    record Product(String name, String foodCategory, String irtType, String packaging, String netContent, int shelfLifeDays,
                   String storage, String ingredients, boolean variants) {
    }

    static final Product[] FOOD = {
            new Product("Keripik Pisang", "15.0", "14", "PLASTIC", "250 g", 180, "AMBIENT", "pisang, minyak goreng, garam", true),
            new Product("Keripik Singkong", "15.0", "15", "PLASTIC", "200 g", 180, "AMBIENT", "singkong, minyak goreng, bumbu", true),
            new Product("Keripik Tempe", "15.0", "15", "PLASTIC", "150 g", 120, "AMBIENT", "tempe, tepung beras, bawang putih", true),
            new Product("Kerupuk Kemplang", "15.0", "02", "PLASTIC", "250 g", 180, "AMBIENT", "ikan tenggiri, tepung tapioka, garam", false),
            new Product("Rengginang", "15.0", "06", "PLASTIC", "250 g", 120, "AMBIENT", "beras ketan, garam, bawang putih", true),
            new Product("Emping Melinjo", "15.0", "15", "PLASTIC", "250 g", 180, "AMBIENT", "melinjo, garam", false),
            new Product("Lanting", "15.0", "06", "PLASTIC", "200 g", 150, "AMBIENT", "singkong, bawang putih, garam", true),
            new Product("Kue Bawang", "07.0", "06", "PLASTIC", "250 g", 120, "AMBIENT", "tepung terigu, bawang merah, telur", false),
            new Product("Roti Kering", "07.0", "06", "PLASTIC", "200 g", 90, "AMBIENT", "tepung terigu, gula, margarin", true),
            new Product("Bakpia", "07.0", "06", "PAPER_OR_CARDBOARD", "400 g", 7, "AMBIENT", "tepung terigu, kacang hijau, gula", true),
            new Product("Dodol Durian", "05.0", "09", "PLASTIC", "250 g", 90, "AMBIENT", "durian, tepung ketan, gula aren", false),
            new Product("Gula Aren", "11.0", "09", "PLASTIC", "500 g", 365, "AMBIENT", "nira aren", false),
            new Product("Madu Hutan", "11.0", "09", "GLASS", "250 ml", 730, "AMBIENT", "madu", false),
            new Product("Kopi Bubuk Robusta", "14.0", "10", "ALUMINIUM_FOIL", "200 g", 365, "AMBIENT", "biji kopi robusta", false),
            new Product("Kopi Luwak", "14.0", "10", "ALUMINIUM_FOIL", "100 g", 365, "AMBIENT", "biji kopi luwak", false),
            new Product("Teh Daun Kelor", "14.0", "10", "PAPER_OR_CARDBOARD", "50 g", 365, "AMBIENT", "daun kelor kering", false),
            new Product("Sambal Bawang", "12.0", "11", "GLASS", "150 g", 90, "AMBIENT", "cabai, bawang putih, minyak goreng, garam", true),
            new Product("Sambal Terasi", "12.0", "11", "GLASS", "150 g", 90, "AMBIENT", "cabai, terasi, bawang merah", false),
            new Product("Bawang Goreng", "12.0", "11", "PLASTIC", "100 g", 180, "AMBIENT", "bawang merah, minyak goreng", false),
            new Product("Bumbu Rendang", "12.0", "11", "PLASTIC", "100 g", 180, "AMBIENT", "cabai, lengkuas, serai, kelapa", false),
            new Product("Abon Ikan", "09.0", "02", "PLASTIC", "100 g", 180, "AMBIENT", "ikan tongkol, bawang, gula, minyak", true),
            new Product("Abon Sapi", "08.0", "01", "PLASTIC", "100 g", 180, "AMBIENT", "daging sapi, bawang, gula, minyak", true),
            new Product("Ikan Asin Teri", "09.0", "02", "PLASTIC", "250 g", 120, "AMBIENT", "ikan teri, garam", false),
            new Product("Manisan Pala", "04.0", "14", "PLASTIC", "250 g", 120, "AMBIENT", "buah pala, gula", false),
            new Product("Selai Nanas", "04.0", "08", "GLASS", "200 g", 180, "AMBIENT", "nanas, gula", false),
            new Product("Minyak Kelapa", "02.0", "07", "PLASTIC", "500 ml", 365, "AMBIENT", "kelapa", false),
            new Product("Tepung Mocaf", "06.0", "06", "PLASTIC", "1 kg", 365, "AMBIENT", "singkong fermentasi", false),
            new Product("Sirup Jahe Merah", "14.0", "13", "GLASS", "330 ml", 180, "AMBIENT", "jahe merah, gula, air", false),
            new Product("Wedang Uwuh", "14.0", "13", "PLASTIC", "100 g", 365, "AMBIENT", "jahe, kayu secang, cengkeh, gula batu", false),
            new Product("Kacang Bawang", "15.0", "15", "PLASTIC", "250 g", 120, "AMBIENT", "kacang tanah, bawang putih, garam", false),
            new Product("Kue Lapis Legit", "07.0", "06", "PAPER_OR_CARDBOARD", "500 g", 14, "CHILLED", "kuning telur, mentega, tepung", false),
            new Product("Pempek Beku", "09.0", "02", "PLASTIC", "500 g", 90, "FROZEN", "ikan tenggiri, tepung sagu", false)};

    /** Products outside food: no BPOM food category, a sector category instead. */
    record Craft(String name, String sector, String sectorCategory) {
    }

    static final Craft[] CRAFTS = {
            new Craft("Jamu Kunyit Asam", "TRADITIONAL_MEDICINE", "jamu cair"), new Craft("Jamu Beras Kencur", "TRADITIONAL_MEDICINE", "jamu cair"),
            new Craft("Sabun Sereh Wangi", "COSMETICS", "sabun"), new Craft("Lulur Rempah", "COSMETICS", "lulur"),
            new Craft("Batik Tulis", "BATIK", "kain batik"), new Craft("Batik Cap", "BATIK", "kain batik"),
            new Craft("Kain Tapis", "HANDICRAFT", "tenun"), new Craft("Anyaman Bambu", "HANDICRAFT", "anyaman"),
            new Craft("Tas Rotan", "HANDICRAFT", "anyaman"), new Craft("Ukiran Kayu", "HANDICRAFT", "kerajinan kayu"),
            new Craft("Kemeja Batik", "FASHION", "pakaian"), new Craft("Mukena Bordir", "FASHION", "pakaian"),
            new Craft("Sandal Kulit", "OTHER", "alas kaki"), new Craft("Tempat Tisu Kayu", "OTHER", "perabot")};

    private Words() {
    }

    static String firstName(SplittableRandom r, boolean woman) {
        return Rng.pick(r, woman ? WOMEN : MEN);
    }

    /** "Siti Rahmawati", sometimes a single name ("Sumarni") or two given names ("Nur Aisyah"). */
    static String personName(SplittableRandom r, boolean woman) {
        return fullName(r, firstName(r, woman), woman);
    }

    static String fullName(SplittableRandom r, String first, boolean woman) {
        double u = r.nextDouble();
        if (u < 0.12) {
            return first;
        }
        if (u < 0.3) {
            String second = firstName(r, woman);
            return second.equals(first) ? first + " " + Rng.pick(r, FAMILY) : first + " " + second;
        }
        return first + " " + Rng.pick(r, FAMILY);
    }

    /** What the business is called, from its first product and its owner's given name. */
    static String businessName(SplittableRandom r, String product, String ownerFirstName, boolean woman) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> product + " " + Rng.pick(r, woman ? HONORIFIC_WOMEN : HONORIFIC_MEN) + " " + ownerFirstName;
            case 2 -> product + " " + Rng.pick(r, BRAND);
            case 3 -> "UD " + Rng.pick(r, BRAND);
            case 4 -> Rng.pick(r, BRAND) + " " + product;
            case 5 -> "Dapur " + ownerFirstName;
            default -> product + " " + ownerFirstName + " " + Rng.pick(r, BRAND);
        };
    }

    static String address(SplittableRandom r, String villageName) {
        if (r.nextInt(3) == 0) {
            return String.format("Dusun %s RT %03d/RW %03d, %s", Rng.pick(r, BRAND), 1 + r.nextInt(12), 1 + r.nextInt(6), villageName);
        }
        return String.format("Jl. %s No. %d, RT %03d/RW %03d, %s", Rng.pick(r, STREETS), 1 + r.nextInt(150), 1 + r.nextInt(12),
                1 + r.nextInt(6), villageName);
    }

    static final String[] MOBILE_PREFIXES = {"811", "812", "813", "821", "822", "823", "852", "853", "857", "858", "877", "878", "895", "896"};

    /** An Indonesian mobile number in E.164, as the app stores phones. */
    static String phone(SplittableRandom r) {
        return "+62" + Rng.pick(r, MOBILE_PREFIXES) + String.format("%08d", r.nextInt(100_000_000));
    }
}
