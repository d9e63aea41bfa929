package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.PirtParts.Packaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static id.naikkelas.registry.PirtParts.Packaging.ALUMINIUM_FOIL;
import static id.naikkelas.registry.PirtParts.Packaging.GLASS;
import static id.naikkelas.registry.PirtParts.Packaging.PAPER_OR_CARDBOARD;
import static id.naikkelas.registry.PirtParts.Packaging.PLASTIC;
import static id.naikkelas.registry.ProductTrait.ANIMAL_ORIGIN;
import static id.naikkelas.registry.ProductTrait.ONLY_EXEMPT_MATERIALS;
import static id.naikkelas.registry.ProductTrait.READY_TO_EAT;

/**
 * Demo mode only: a few hundred businesses shaped like the seed programs (Pemkot Bandar Lampung's
 * 120 fostered UMKM, the processed-food producers of Dumai and Bengkalis, Kalimantan Tengah's local
 * specialities, coffee and banana chips elsewhere in Lampung), with owners, products and permits.
 *
 * <p>Everything goes through the public services as the region's demo officer, so the data is
 * validated and audited like an officer's own entries. The dice are seeded: every fresh database
 * gets the same records. Runs after {@code DemoAccounts} and only while the registry is empty.
 */
@Component
@Order(20)
class DemoBusinesses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBusinesses.class);

    // ---- What businesses make ---------------------------------------------------------------------

    private static final Line KOPI_LAMPUNG = line("Kopi Robusta|Kopi Bubuk|Kopi", Sector.BEVERAGE, "10761",
            food("Kopi Bubuk Robusta Lampung", "14.0", "10", ALUMINIUM_FOIL, "250 g", 365, "biji kopi robusta sangrai", ONLY_EXEMPT_MATERIALS),
            food("Kopi Biji Sangrai Robusta", "14.0", "10", ALUMINIUM_FOIL, "500 g", 365, "biji kopi robusta", ONLY_EXEMPT_MATERIALS),
            food("Kopi Lanang Robusta", "14.0", "10", ALUMINIUM_FOIL, "200 g", 365, "biji kopi robusta lanang sangrai", ONLY_EXEMPT_MATERIALS),
            food("Kopi Jahe Merah", "14.0", "13", PLASTIC, "200 g", 365, "kopi robusta bubuk, jahe merah, gula aren"));

    private static final Line JAJANAN_PASAR = line("Jajanan Pasar|Aneka Kue|Kue", Sector.PROCESSED_FOOD, null,
            food("Lapis Legit", "07.0", "06", PLASTIC, "1 loyang (20 x 20 cm)", 14, "kuning telur, mentega, gula, tepung terigu, rempah"),
            food("Engkak Ketan", "07.0", "06", PLASTIC, "500 g", 10, "tepung ketan, telur bebek, santan, gula, mentega"),
            food("Bolu Kukus Pandan", "07.0", "06", PLASTIC, "6 buah", 3, "tepung terigu, telur, gula, daun pandan"),
            food("Onde-onde Wijen", "06.0", "06", PLASTIC, "10 buah", 2, "tepung ketan, kacang hijau, wijen, gula"),
            food("Lemper Ayam", "06.0", null, PLASTIC, "10 buah", 1, "beras ketan, ayam suwir, santan, daun pisang", ANIMAL_ORIGIN, READY_TO_EAT));

    private static final Line KEMPLANG = line("Kemplang|Kerupuk Kemplang", Sector.PROCESSED_FOOD, "10794",
            food("Kemplang Panggang Ikan Tenggiri", "15.0", "02", PLASTIC, "250 g", 120, "ikan tenggiri, tepung tapioka, garam, bawang putih", ANIMAL_ORIGIN),
            food("Kemplang Goreng Pedas", "15.0", "02", PLASTIC, "200 g", 90, "ikan tenggiri, tepung tapioka, cabai, minyak goreng sawit", ANIMAL_ORIGIN),
            food("Kerupuk Kemplang Mentah", "15.0", "02", PLASTIC, "500 g", 180, "ikan tenggiri, tepung tapioka, garam", ANIMAL_ORIGIN));

    private static final Line ABON_IKAN = line("Abon Ikan|Olahan Ikan", Sector.PROCESSED_FOOD, null,
            food("Abon Ikan Tuna", "09.0", "02", PLASTIC, "100 g", 180, "ikan tuna, bawang merah, bawang putih, gula, minyak goreng", ANIMAL_ORIGIN),
            food("Abon Ikan Tongkol Pedas", "09.0", "02", PLASTIC, "100 g", 180, "ikan tongkol, cabai, bawang merah, gula, minyak goreng", ANIMAL_ORIGIN),
            food("Keripik Kulit Ikan", "15.0", "02", PLASTIC, "100 g", 90, "kulit ikan tenggiri, tepung beras, garam, minyak goreng", ANIMAL_ORIGIN));

    private static final Line OTAK_OTAK = line("Otak-otak|Pempek dan Otak-otak", Sector.PROCESSED_FOOD, null,
            frozen("Otak-otak Ikan Tenggiri", "09.0", PLASTIC, "20 buah", 90, "ikan tenggiri, tepung sagu, santan, bawang putih", ANIMAL_ORIGIN),
            frozen("Pempek Lenjer", "09.0", PLASTIC, "10 buah", 90, "ikan tenggiri, tepung sagu, garam", ANIMAL_ORIGIN),
            food("Cuko Pempek", "12.0", "11", PLASTIC, "250 ml", 30, "gula aren, cabai rawit, bawang putih, asam jawa"));

    private static final Line ROTI = line("Roti|Bakery|Roti dan Kue", Sector.PROCESSED_FOOD, "10710",
            food("Roti Manis Isi Cokelat", "07.0", "06", PLASTIC, "5 buah", 4, "tepung terigu, gula, telur, mentega, ragi, cokelat"),
            food("Roti Tawar Kupas", "07.0", "06", PLASTIC, "400 g", 4, "tepung terigu, gula, ragi, mentega, garam"),
            food("Roti Kering Bagelan", "07.0", "06", PLASTIC, "250 g", 90, "roti tawar, mentega, gula"),
            food("Kue Kering Nastar", "07.0", "06", PLASTIC, "250 g", 90, "tepung terigu, mentega, kuning telur, selai nanas"));

    private static final Line BATIK = line("Batik Tapis|Batik Siger|Batik Lampung", Sector.BATIK, "13134",
            craft("Kain Batik Tulis Motif Siger", "Batik tulis", "1 lembar (2 m)", "kain katun primisima, malam, pewarna alam"),
            craft("Kain Batik Cap Motif Kapal", "Batik cap", "1 lembar (2 m)", "kain katun, malam, pewarna sintetis"),
            craft("Kemeja Batik Tapis", "Pakaian batik", "1 buah", "kain batik katun"),
            craft("Selendang Tapis", "Kain tapis", "1 lembar", "kain tenun, benang emas"));

    private static final Line KERAJINAN_LAMPUNG = line("Kerajinan Tapis|Anyaman|Kerajinan Tangan", Sector.HANDICRAFT, null,
            craft("Tas Tapis Lampung", "Kerajinan tapis", "1 buah", "kain tapis, kulit sintetis"),
            craft("Miniatur Siger", "Kerajinan logam", "1 buah", "kuningan"),
            craft("Tikar Anyaman Pandan", "Anyaman", "1 lembar", "daun pandan"),
            craft("Keranjang Anyaman Bambu", "Anyaman", "1 buah", "bambu"));

    private static final Line KERIPIK_PISANG = line("Keripik Pisang", Sector.PROCESSED_FOOD, "10794",
            food("Keripik Pisang Cokelat", "04.0", "14", PLASTIC, "250 g", 90, "pisang kepok, minyak goreng sawit, gula, bubuk cokelat"),
            food("Keripik Pisang Asin", "04.0", "14", PLASTIC, "250 g", 90, "pisang kepok, minyak goreng sawit, garam"),
            food("Keripik Pisang Balado", "04.0", "14", PLASTIC, "250 g", 90, "pisang kepok, minyak goreng sawit, cabai bubuk, gula, garam"));

    private static final Line KERIPIK_SINGKONG = line("Keripik Singkong|Keripik Ubi", Sector.PROCESSED_FOOD, "10794",
            food("Keripik Singkong Balado", "15.0", "15", PLASTIC, "250 g", 90, "singkong, minyak goreng sawit, cabai, gula, garam"),
            food("Keripik Singkong Original", "15.0", "15", PLASTIC, "250 g", 90, "singkong, minyak goreng sawit, garam"),
            food("Tiwul Instan", "06.0", "15", PLASTIC, "500 g", 180, "gaplek singkong, gula merah"));

    private static final Line GULA_AREN = line("Gula Aren|Gula Merah", Sector.PROCESSED_FOOD, null,
            food("Gula Aren Cetak", "11.0", "09", PLASTIC, "1 kg", 180, "nira aren"),
            food("Gula Semut Aren", "11.0", "09", PLASTIC, "250 g", 365, "nira aren"));

    private static final Line KERIPIK_RIAU = line("Keripik|Keripik dan Salai", Sector.PROCESSED_FOOD, "10794",
            food("Keripik Nenas", "04.0", "14", PLASTIC, "150 g", 120, "nenas, minyak goreng sawit, gula"),
            food("Pisang Salai", "04.0", "14", PLASTIC, "250 g", 90, "pisang masak yang diasap"),
            food("Keripik Ubi Pedas", "15.0", "15", PLASTIC, "250 g", 90, "ubi kayu, minyak goreng sawit, cabai, gula"),
            food("Keripik Keladi", "15.0", "15", PLASTIC, "200 g", 90, "keladi, minyak goreng sawit, garam"));

    private static final Line KERUPUK_IKAN = line("Kerupuk Ikan|Kerupuk", Sector.PROCESSED_FOOD, "10794",
            food("Kerupuk Ikan Tenggiri", "15.0", "02", PLASTIC, "250 g", 180, "ikan tenggiri, tepung tapioka, garam, bawang putih", ANIMAL_ORIGIN),
            food("Kerupuk Udang", "15.0", "02", PLASTIC, "250 g", 180, "udang, tepung tapioka, garam, bawang putih", ANIMAL_ORIGIN),
            food("Kerupuk Ikan Mentah", "15.0", "02", PLASTIC, "500 g", 180, "ikan parang, tepung tapioka, garam", ANIMAL_ORIGIN));

    private static final Line DODOL = line("Dodol|Dodol Melayu", Sector.PROCESSED_FOOD, null,
            food("Dodol Ketan", "05.0", "06", PLASTIC, "250 g", 60, "tepung ketan, santan, gula merah"),
            food("Dodol Nenas", "05.0", "06", PLASTIC, "250 g", 60, "nenas, tepung ketan, gula, santan"),
            food("Wajik Ketan", "06.0", "06", PLASTIC, "250 g", 14, "beras ketan, gula merah, santan"));

    private static final Line LEMPOK = line("Lempok Durian|Lempok", Sector.PROCESSED_FOOD, null,
            food("Lempok Durian", "04.0", "14", PLASTIC, "250 g", 90, "daging durian, gula pasir"),
            food("Dodol Durian", "05.0", "06", PLASTIC, "250 g", 60, "daging durian, tepung ketan, gula, santan"));

    private static final Line BOLU_KEMOJO = line("Bolu Kemojo|Kue Bolu|Aneka Kue", Sector.PROCESSED_FOOD, "10710",
            food("Bolu Kemojo Pandan", "07.0", "06", PLASTIC, "1 loyang", 4, "telur, santan, tepung terigu, gula, daun pandan"),
            food("Bolu Kemojo Durian", "07.0", "06", PLASTIC, "1 loyang", 4, "telur, santan, tepung terigu, gula, durian"),
            food("Kue Bangkit Sagu", "07.0", "06", PLASTIC, "250 g", 90, "tepung sagu, santan, gula, kuning telur"));

    private static final Line KUE_BANGKIT = line("Kue Bangkit|Kue Kering", Sector.PROCESSED_FOOD, "10710",
            food("Kue Bangkit Sagu", "07.0", "06", PLASTIC, "250 g", 90, "tepung sagu, santan, gula, kuning telur"),
            food("Kue Bangkit Durian", "07.0", "06", PLASTIC, "250 g", 90, "tepung sagu, durian, gula, santan"),
            food("Kue Bawang", "07.0", "06", PLASTIC, "250 g", 90, "tepung terigu, bawang merah, daun seledri, minyak goreng"));

    private static final Line TERASI = line("Terasi|Belacan", Sector.PROCESSED_FOOD, null,
            food("Terasi Udang Rebon", "12.0", "11", PAPER_OR_CARDBOARD, "250 g", 180, "udang rebon, garam", ANIMAL_ORIGIN),
            food("Terasi Bakar Siap Pakai", "12.0", "11", PLASTIC, "100 g", 180, "udang rebon, garam", ANIMAL_ORIGIN));

    private static final Line IKAN_ASIN = line("Ikan Asin|Ikan Salai|Ikan Kering", Sector.PROCESSED_FOOD, null,
            food("Ikan Asin Tenggiri", "09.0", "02", PLASTIC, "250 g", 180, "ikan tenggiri, garam", ANIMAL_ORIGIN, ONLY_EXEMPT_MATERIALS),
            food("Ikan Selais Salai", "09.0", "02", PLASTIC, "250 g", 90, "ikan selais asap", ANIMAL_ORIGIN, ONLY_EXEMPT_MATERIALS),
            food("Udang Kering (Ebi)", "09.0", "02", PLASTIC, "100 g", 180, "udang, garam", ANIMAL_ORIGIN, ONLY_EXEMPT_MATERIALS));

    private static final Line SAMBAL = line("Sambal|Sambal Lado", Sector.PROCESSED_FOOD, null,
            food("Sambal Ikan Bilis", "12.0", "11", GLASS, "200 g", 60, "cabai merah, ikan bilis, bawang merah, minyak goreng", ANIMAL_ORIGIN),
            food("Sambal Bawang", "12.0", "11", GLASS, "150 g", 90, "cabai rawit, bawang putih, minyak goreng, garam"),
            food("Sambal Terasi", "12.0", "11", GLASS, "150 g", 60, "cabai merah, terasi, bawang merah, gula, minyak goreng", ANIMAL_ORIGIN));

    private static final Line KERUPUK_KALTENG = line("Kerupuk Ikan|Kerupuk Haruan|Kerupuk Patin", Sector.PROCESSED_FOOD, "10794",
            food("Kerupuk Ikan Haruan", "15.0", "02", PLASTIC, "250 g", 180, "ikan haruan (gabus), tepung tapioka, garam, bawang putih", ANIMAL_ORIGIN),
            food("Kerupuk Ikan Patin", "15.0", "02", PLASTIC, "250 g", 180, "ikan patin, tepung tapioka, garam, bawang putih", ANIMAL_ORIGIN),
            food("Keripik Kulit Ikan Patin", "15.0", "02", PLASTIC, "100 g", 90, "kulit ikan patin, tepung beras, garam", ANIMAL_ORIGIN));

    private static final Line AMPLANG = line("Amplang", Sector.PROCESSED_FOOD, "10794",
            food("Amplang Ikan Pipih", "15.0", "02", PLASTIC, "200 g", 120, "ikan pipih, tepung tapioka, telur, bawang putih", ANIMAL_ORIGIN),
            food("Amplang Ikan Tenggiri", "15.0", "02", PLASTIC, "200 g", 120, "ikan tenggiri, tepung tapioka, telur, bawang putih", ANIMAL_ORIGIN),
            food("Amplang Udang", "15.0", "02", PLASTIC, "200 g", 120, "udang, tepung tapioka, telur, bawang putih", ANIMAL_ORIGIN));

    private static final Line MADU = line("Madu Kelulut|Madu Hutan", Sector.PROCESSED_FOOD, null,
            food("Madu Kelulut", "11.0", "09", GLASS, "250 ml", 730, "madu kelulut murni", ONLY_EXEMPT_MATERIALS),
            food("Madu Hutan", "11.0", "09", PLASTIC, "500 ml", 730, "madu hutan murni", ONLY_EXEMPT_MATERIALS));

    private static final Line ROTAN = line("Kerajinan Rotan|Anyaman Rotan|Rotan", Sector.HANDICRAFT, null,
            craft("Tas Anyaman Rotan", "Anyaman rotan", "1 buah", "rotan, pewarna alam"),
            craft("Lanjung Rotan", "Anyaman rotan", "1 buah", "rotan"),
            craft("Tikar Rotan Motif Dayak", "Anyaman rotan", "1 lembar", "rotan, pewarna alam"),
            craft("Topi Anyaman Rotan", "Anyaman rotan", "1 buah", "rotan"));

    private static final Line KOPI_KALTENG = line("Kopi|Kopi Bubuk", Sector.BEVERAGE, "10761",
            food("Kopi Bubuk Liberika", "14.0", "10", ALUMINIUM_FOIL, "250 g", 365, "biji kopi liberika sangrai", ONLY_EXEMPT_MATERIALS),
            food("Kopi Bubuk Robusta", "14.0", "10", PLASTIC, "250 g", 365, "biji kopi robusta sangrai", ONLY_EXEMPT_MATERIALS),
            food("Kopi Biji Sangrai", "14.0", "10", ALUMINIUM_FOIL, "500 g", 365, "biji kopi sangrai", ONLY_EXEMPT_MATERIALS));

    // ---- Who owns them and where ------------------------------------------------------------------

    private static final List<String> WOMEN = List.of("Siti", "Sri", "Nur", "Dewi", "Rina", "Yuliana", "Ratna", "Endang", "Eka",
            "Fitri", "Lina", "Ani", "Ida", "Rahma", "Wulan", "Mega", "Dian", "Novi", "Erna", "Tuti", "Heni", "Mariani", "Yanti", "Eva");
    private static final List<String> WOMEN_LAST = List.of("Aminah", "Wahyuni", "Rahayu", "Handayani", "Kurniasih", "Susanti",
            "Maryani", "Wulandari", "Fitriani", "Rahmawati", "Puspitasari", "Hartati", "Yulianti", "Ningsih", "Anggraini", "Sulastri",
            "Marlina", "Safitri", "Nurhayati", "Permatasari");
    private static final List<String> MEN = List.of("Ahmad", "Muhammad", "Budi", "Agus", "Hendra", "Joko", "Rudi", "Dedi", "Eko",
            "Hadi", "Iwan", "Yusuf", "Rahmat", "Taufik", "Ridwan", "Fajar", "Arif", "Bambang", "Heru", "Wahyu", "Andi", "Irfan", "Rizki");
    private static final List<String> MEN_LAST = List.of("Saputra", "Santoso", "Wijaya", "Hidayat", "Setiawan", "Gunawan", "Pratama",
            "Kurniawan", "Prasetyo", "Nugroho", "Firmansyah", "Syahputra", "Hakim", "Maulana", "Ramadhan");

    private static final Names LAMPUNG_NAMES = new Names(
            WOMEN, WOMEN_LAST, List.of("Sukinah", "Paini", "Suyati", "Tumini", "Juariah", "Rusmini", "Suryani"),
            plus(MEN, "Slamet", "Sutrisno", "Supriyadi"), plus(MEN_LAST, "Hidayatullah", "Abdullah"),
            List.of("Slamet", "Sutrisno", "Suparman", "Mulyadi", "Darmo", "Paimin"));
    private static final Names RIAU_NAMES = new Names(
            plus(WOMEN, "Hasnah", "Zubaidah", "Maimunah", "Rohani", "Asmah", "Zaleha", "Syarifah"),
            plus(WOMEN_LAST, "Rosmawati", "Nurlela", "Rosnah"), List.of("Hasnah", "Rosmawati", "Zubaidah", "Maimunah", "Nurlela"),
            plus(MEN, "Zulkifli", "Syamsul", "Firdaus", "Azmi", "Zainal", "Khairul"),
            plus(MEN_LAST, "Effendi", "Hamzah", "Zulkarnain", "Ismail", "Rahman", "Hasibuan", "Lubis", "Nasution", "Siregar"),
            List.of("Zulkifli", "Syamsuddin", "Azhar", "Hamdan"));
    private static final Names KALTENG_NAMES = new Names(
            plus(WOMEN, "Maria", "Yohana", "Elisabeth", "Agustina", "Theresia", "Norhayati", "Rusdiana"),
            plus(WOMEN_LAST, "Natalia", "Novita", "Kristiani"), List.of("Misnah", "Norhayati", "Rusdiana", "Masliani"),
            plus(MEN, "Yohanes", "Agustinus", "Fransiskus", "Daniel", "Yulianus", "Norhadi", "Syahrani"),
            plus(MEN_LAST, "Narang", "Dohong", "Mahar", "Kristian", "Rahman", "Ilun"),
            List.of("Rahmadi", "Norhadi", "Syahrani", "Misran"));

    private static final List<String> LAMPUNG_BRANDS = List.of("Siger", "Sai Bumi", "Ruwa Jurai", "Tapis Berseri", "Sekala Brak",
            "Sinar Jaya", "Berkah", "Mandiri", "Dua Putri", "Rezeki", "Barokah", "Cahaya", "Mekar Sari", "Sejahtera");
    private static final List<String> RIAU_BRANDS = List.of("Lancang Kuning", "Negeri Junjungan", "Serumpun", "Putri Tujuh",
            "Sinar Laut", "Pesisir", "Bahari", "Berkah", "Barokah", "Mandiri", "Rezeki", "Bunda", "Melayu Jaya");
    private static final List<String> KALTENG_BRANDS = List.of("Isen Mulang", "Tambun Bungai", "Huma Betang", "Kahayan", "Tingang",
            "Bumi Tambun", "Berkah", "Mandiri", "Barokah", "Rezeki", "Borneo");

    /** "{desa}" stands for the village name. */
    private static final List<String> BANDAR_LAMPUNG_STREETS = List.of("Teuku Umar", "Zainal Abidin Pagar Alam", "Raden Intan",
            "Kartini", "Wolter Monginsidi", "Pramuka", "Sultan Agung", "Ratu Dibalau", "Pangeran Antasari", "Imam Bonjol",
            "Ki Maja", "Soekarno-Hatta", "Urip Sumoharjo", "Hayam Wuruk", "Diponegoro");
    private static final List<String> DUMAI_STREETS = List.of("Sultan Syarif Kasim", "Jenderal Sudirman", "Sukajadi",
            "Kelakap Tujuh", "Soekarno-Hatta", "Datuk Laksamana", "Pattimura", "Ahmad Yani", "Hang Tuah", "Cempedak", "Bintan");
    private static final List<String> BENGKALIS_STREETS = List.of("Antara", "Pramuka", "Hang Tuah", "Ahmad Yani",
            "Jenderal Sudirman", "Pembangunan", "Gatot Subroto", "Rumbia", "Raya {desa}", "Lintas Duri-Dumai");
    private static final List<String> PALANGKARAYA_STREETS = List.of("Tjilik Riwut", "G. Obos", "RTA Milono", "Yos Sudarso",
            "Ahmad Yani", "Diponegoro", "Rajawali", "Beliang", "Seth Adji", "Mahir Mahar", "Temanggung Tilung");
    private static final List<String> RURAL_STREETS = List.of("Raya {desa}", "Poros {desa}", "Jenderal Sudirman", "Ahmad Yani",
            "Merdeka", "Pemuda", "Pahlawan", "Veteran", "Pasar {desa}", "Lintas Sumatera", "Diponegoro");
    private static final List<String> KALTENG_RURAL_STREETS = List.of("Raya {desa}", "Poros {desa}", "Jenderal Sudirman",
            "Tjilik Riwut", "Ahmad Yani", "Pelita", "Pahlawan", "Merdeka", "Pasar {desa}");
    private static final List<String> ALLEYS = List.of("Mawar", "Melati", "Kenanga", "Masjid", "Damai", "Sepakat", "Rukun",
            "Swadaya", "Harapan", "Keluarga");
    private static final List<String> MOBILE_PREFIXES = List.of("0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
            "0857", "0858", "0877", "0878", "0895", "0896", "0831", "0838");

    // ---- The seed programs ------------------------------------------------------------------------

    private static final List<Group> GROUPS = List.of(
            new Group("petugas.lampung", "demo: Pemkot Bandar Lampung (120 UMKM binaan)", LAMPUNG_NAMES, LAMPUNG_BRANDS, 0.04,
                    List.of(new Quota("18.71", 120, BANDAR_LAMPUNG_STREETS)),
                    List.of(share(KOPI_LAMPUNG, 20), share(JAJANAN_PASAR, 24), share(KEMPLANG, 10), share(ABON_IKAN, 7),
                            share(OTAK_OTAK, 7), share(ROTI, 18), share(BATIK, 18), share(KERAJINAN_LAMPUNG, 16))),
            new Group("manajer.dumai", "demo: Loka POM di Kota Dumai (SEDAP MALAM)", RIAU_NAMES, RIAU_BRANDS, 0,
                    List.of(new Quota("14.72", 50, DUMAI_STREETS)),
                    List.of(share(KERIPIK_RIAU, 10), share(KERUPUK_IKAN, 8), share(DODOL, 5), share(LEMPOK, 4),
                            share(BOLU_KEMOJO, 5), share(KUE_BANGKIT, 5), share(TERASI, 3), share(IKAN_ASIN, 5), share(SAMBAL, 5))),
            new Group("petugas.bengkalis", "demo: Diskop UKM Kabupaten Bengkalis (pendataan UMKM)", RIAU_NAMES, RIAU_BRANDS, 0,
                    List.of(new Quota("14.03", 50, BENGKALIS_STREETS)),
                    List.of(share(KERIPIK_RIAU, 8), share(KERUPUK_IKAN, 8), share(DODOL, 5), share(LEMPOK, 3),
                            share(BOLU_KEMOJO, 6), share(KUE_BANGKIT, 5), share(TERASI, 6), share(IKAN_ASIN, 6), share(SAMBAL, 3))),
            new Group("admin", "demo: BBPOM di Palangka Raya (UMKM Berdikari)", KALTENG_NAMES, KALTENG_BRANDS, 0,
                    List.of(new Quota("62.71", 24, PALANGKARAYA_STREETS), new Quota("62.02", 5, KALTENG_RURAL_STREETS),
                            new Quota("62.01", 3, KALTENG_RURAL_STREETS), new Quota("62.03", 3, KALTENG_RURAL_STREETS),
                            new Quota("62.06", 3, KALTENG_RURAL_STREETS), new Quota("62.11", 2, KALTENG_RURAL_STREETS)),
                    List.of(share(KERUPUK_KALTENG, 10), share(AMPLANG, 8), share(MADU, 8), share(ROTAN, 8), share(KOPI_KALTENG, 6))),
            new Group("petugas.lampung", "demo: Diskop UKM Provinsi Lampung (pendampingan halal)", LAMPUNG_NAMES, LAMPUNG_BRANDS, 0,
                    List.of(new Quota("18.04", 8, RURAL_STREETS), new Quota("18.08", 5, RURAL_STREETS),
                            new Quota("18.01", 6, RURAL_STREETS), new Quota("18.02", 5, RURAL_STREETS),
                            new Quota("18.03", 3, RURAL_STREETS), new Quota("18.10", 3, RURAL_STREETS)),
                    List.of(share(KOPI_LAMPUNG, 14), share(KERIPIK_PISANG, 9), share(KERIPIK_SINGKONG, 4), share(GULA_AREN, 3))));

    /** The demo owner account's own business, so {@code pemilik.demo} sees something on "Usaha saya". */
    private static final String OWNER_ACCOUNT = "pemilik.demo";
    private static final String OWNER_BUSINESS = "Keripik Nenas Ibu Sumarni";
    private static final String OWNER_NIK = "1472025208780001";

    private static final double PIRT_SHARE = 0.45;      // of products that could hold one (about 35% of food products)
    private static final int RENEWAL_EVERY = 25;        // every 25th P-IRT expires within the next 90 days, no other does
    private static final int MAX_BPOM_MD = 3;

    // ---- Machinery ---------------------------------------------------------------------------------

    private final DemoMode demo;
    private final Access access;
    private final JdbcClient jdbc;
    private final Businesses businesses;
    private final Products products;
    private final Today today;
    private final TransactionTemplate tx;

    DemoBusinesses(DemoMode demo, JdbcClient jdbc, Businesses businesses, Products products, PlatformTransactionManager transactions,
                   Access access, Today today) {
        this.today = today;
        this.demo = demo;
        this.access = access;
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.products = products;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM business").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        var run = new Run(today.date());
        Long ownersBusiness = as("manajer.dumai", () -> ownersBusiness(run));
        for (Group group : GROUPS) {
            as(group.actingUser(), () -> createGroup(group, run));
        }
        if (ownersBusiness != null) {
            jdbc.sql("""
                            UPDATE owner SET user_id = (SELECT id FROM identity_user WHERE username = ?)
                            WHERE id = (SELECT owner_id FROM business WHERE id = ?)""")
                    .params(OWNER_ACCOUNT, ownersBusiness).update();
        }
        log.info("Demo mode: created {} businesses ({} verified), {} products, {} permits (P-IRT {}, halal {}, BPOM MD {}){} in {} ms",
                run.businesses, run.verified, run.products, run.pirt + run.halal + run.bpomMd, run.pirt, run.halal, run.bpomMd,
                run.skipped == 0 ? "" : ", skipped " + run.skipped, (System.nanoTime() - started) / 1_000_000);
    }

    private Void createGroup(Group group, Run run) {
        var deck = new ArrayList<Line>();
        group.lines().forEach(s -> deck.addAll(Collections.nCopies(s.businesses(), s.line())));
        int planned = group.regencies().stream().mapToInt(Quota::businesses).sum();
        if (planned != deck.size()) {
            throw new IllegalStateException(group.source() + ": " + planned + " places but " + deck.size() + " businesses");
        }
        Collections.shuffle(deck, run.random);
        int next = 0;
        for (Quota quota : group.regencies()) {
            var regency = regency(quota.regencyCode());
            for (int i = 0; i < quota.businesses(); i++) {
                createBusiness(group, quota, regency, deck.get(next++), run);
            }
        }
        return null;
    }

    /** One business with its products and permits, in one transaction; a rejected entry is logged and skipped. */
    private void createBusiness(Group group, Quota quota, Regency regency, Line line, Run run) {
        var village = run.pick(regency.villages());
        var owner = owner(group.names(), line, village, run);
        var profile = profile(group, line, run);
        var name = businessName(group, line, owner, village, regency, profile.legalForm(), run);
        var data = new BusinessData(name.full(), profile.legalForm(), profile.nib(), profile.npwp(),
                profile.nib() == null || line.kbli() == null ? List.of() : List.of(line.kbli()), line.sector(),
                address(quota, village, run), village.code(), null, null, profile.workers(), profile.founded(), profile.capital(),
                profile.sales(), profile.premises(), profile.equipment(), profile.productionSites(), profile.outlets(),
                new BusinessData.OwnerData(owner.fullName(), owner.nik(), owner.female() ? "P" : "L", owner.phone(), null));
        var items = run.pickSome(line.items(), 1 + run.random.nextInt(Math.min(3, line.items().size())));
        save(name.full(), run, added -> {
            long id = businesses.register(data, group.source());
            int permits = 0;
            for (int i = 0; i < items.size(); i++) {
                permits += addProduct(id, items.get(i), name.brand(), i == 0, profile, regency, run, added);
            }
            if (run.chance(permits > 0 ? 0.5 : 0.3)) {
                businesses.verify(id);
                added.verified++;
            }
            return id;
        });
    }

    /** Creates a product and the permits it holds; returns how many permits. */
    private int addProduct(long businessId, Item item, String brand, boolean first, Profile profile, Regency regency, Run run,
                           Counts added) {
        long productId = products.create(businessId, item.data(brand));
        added.products++;
        if (!item.isFood()) {
            return 0;
        }
        int permits = 0;
        if (first && !profile.homeIndustry() && run.bpomMd + added.bpomMd < MAX_BPOM_MD
                && (profile.scale() == BusinessScale.KECIL || profile.scale() == BusinessScale.MENENGAH)) {
            products.addPermit(productId, bpomMd(run));
            added.bpomMd++;
            permits++;
        } else if (item.homeIndustryFood() && profile.homeIndustry() && run.chance(PIRT_SHARE)) {
            boolean renewalSoon = (run.pirt + added.pirt) % RENEWAL_EVERY == RENEWAL_EVERY / 2;
            products.addPermit(productId, pirt(item, regency, profile.founded(), renewalSoon, run));
            added.pirt++;
            permits++;
        }
        if (run.chance(permits > 0 ? 0.25 : 0.08)) {
            products.addPermit(productId, halal(regency, profile.founded(), run));
            added.halal++;
            permits++;
        }
        return permits;
    }

    /** Ibu Sumarni's pineapple chips in Dumai Timur, the business of the demo owner account. */
    private Long ownersBusiness(Run run) {
        var regency = regency("14.72");
        var village = regency.villages().stream().filter(v -> v.code().startsWith("14.72.02.")).findFirst()
                .orElse(regency.villages().get(0));
        run.claim("name", OWNER_BUSINESS.toLowerCase(Locale.ROOT));
        var data = new BusinessData(OWNER_BUSINESS, LegalForm.PERORANGAN, run.unique("nib", () -> nib(run)), null, List.of("10794"),
                Sector.PROCESSED_FOOD, "Jl. Sultan Syarif Kasim Gg. Nenas No. 17, RT 04/RW 02", village.code(), null, null, 4, 2012,
                new BigDecimal("25000000"), new BigDecimal("186000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Sumarni", OWNER_NIK, "P", "0813-7184-2207", null));
        var chips = KERIPIK_RIAU.items().get(0);
        var dodol = DODOL.items().get(1);
        return save(OWNER_BUSINESS, run, added -> {
            long id = businesses.register(data, "demo: Loka POM di Kota Dumai (SEDAP MALAM)");
            long chipsId = products.create(id, chips.data("Bu Sumarni"));
            products.create(id, dodol.data("Bu Sumarni"));
            added.products += 2;
            products.addPermit(chipsId, new PermitData(PermitType.PIRT, run.unique(PermitType.PIRT.name(),
                    () -> pirtNumber(chips, regency, LocalDate.of(2028, 3, 14), run)), LocalDate.of(2023, 3, 14),
                    LocalDate.of(2028, 3, 14), "DPMPTSP " + regency.name()));
            added.pirt++;
            businesses.verify(id);
            added.verified++;
            return id;
        });
    }

    private interface Work {
        long create(Counts added);
    }

    /** Runs one business's work in its own transaction; counts only what was committed. */
    private Long save(String name, Run run, Work work) {
        var added = new Counts();
        try {
            Long id = tx.execute(status -> work.create(added));
            run.add(added);
            run.businesses++;
            return id;
        } catch (InvalidInput e) {
            run.skipped++;
            log.warn("Demo business '{}' skipped: {}", name,
                    e.violations().stream().map(v -> v.field() + " " + v.code()).toList());
            return null;
        }
    }

    // ---- Drawing one business ----------------------------------------------------------------------

    private static Owner owner(Names names, Line line, Village village, Run run) {
        double womenShare = line.sector() == Sector.BEVERAGE ? 0.35 : line.sector().isFood() ? 0.72 : 0.5;
        boolean female = run.chance(womenShare);
        String fullName;
        String calledName;
        if (run.chance(0.15)) {
            fullName = run.pick(female ? names.womenSingle() : names.menSingle());
            calledName = fullName;
        } else {
            String first = run.pick(female ? names.women() : names.men());
            String last = run.pick(female ? names.womenLast() : names.menLast());
            fullName = first.equals(last) ? first : first + " " + last;
            calledName = List.of("Siti", "Sri", "Nur", "Muhammad").contains(first) ? last : first;
        }
        return new Owner(fullName, calledName, female, nik(village, female, run), phone(run));
    }

    /** District of the village (6 digits), birth date DDMMYY with +40 on the day for women, then a serial unique in this run. */
    private static String nik(Village village, boolean female, Run run) {
        String district = village.code().substring(0, 8).replace(".", "");
        int day = run.between(1, 28);
        return district + String.format("%02d%02d%02d", female ? day + 40 : day, run.between(1, 12), run.between(1962, 2000) % 100)
                + run.nextNikSerial();
    }

    private static String phone(Run run) {
        if (run.chance(0.08)) {
            return null;
        }
        String prefix = run.pick(MOBILE_PREFIXES);
        String middle = run.digits(4);
        String end = run.digits(run.chance(0.7) ? 4 : 3);
        return run.chance(0.8) ? prefix + "-" + middle + "-" + end : prefix + middle + end;
    }

    private static Profile profile(Group group, Line line, Run run) {
        double r = run.random.nextDouble();
        var tier = r < 0.025 ? BusinessScale.MENENGAH : r < 0.13 ? BusinessScale.KECIL : BusinessScale.MIKRO;
        var form = legalForm(tier, group.cvShare(), run);
        boolean hasNib = form != LegalForm.PERORANGAN || tier != BusinessScale.MIKRO || run.chance(0.55);
        String nib = hasNib ? run.unique("nib", () -> nib(run)) : null;
        String npwp = form == LegalForm.CV || form == LegalForm.PT ? "0" + run.digits(14) : null;
        BigDecimal sales = null;
        BigDecimal capital = null;
        double figures = run.random.nextDouble();
        switch (tier) {
            case MENENGAH -> {
                sales = rupiah(16e9 * Math.pow(42 / 16.0, run.random.nextDouble()), 100_000_000);
                capital = rupiah(5.5e9 + 4e9 * run.random.nextDouble(), 100_000_000);
            }
            case KECIL -> {
                sales = rupiah(2.2e9 * Math.pow(12 / 2.2, run.random.nextDouble()), 10_000_000);
                capital = rupiah(6e8 + 3.4e9 * run.random.nextDouble(), 10_000_000);
            }
            default -> {
                if (figures < 0.65) {
                    sales = rupiah(12 * 1.5e6 * Math.pow(80, run.random.nextDouble()), 1_000_000);
                }
                if (figures < 0.325 || figures >= 0.65 && figures < 0.75) {
                    capital = rupiah(3e6 * Math.pow(100, run.random.nextDouble()), 500_000);
                }
            }
        }
        boolean craft = !line.sector().isFood();
        Premises premises = switch (tier) {
            case MENENGAH -> Premises.SEPARATE_BUILDING;
            case KECIL -> run.chance(0.5) ? Premises.SEPARATE_BUILDING : Premises.RESIDENCE;
            default -> run.chance(0.04) ? Premises.SEPARATE_BUILDING : Premises.RESIDENCE;
        };
        Equipment equipment = switch (tier) {
            case MENENGAH -> run.chance(0.6) && !craft ? Equipment.AUTOMATIC : Equipment.SEMI_AUTOMATIC;
            case KECIL -> Equipment.SEMI_AUTOMATIC;
            default -> run.chance(craft ? 0.1 : 0.35) ? Equipment.SEMI_AUTOMATIC : Equipment.MANUAL;
        };
        int workers = switch (tier) {
            case MENENGAH -> run.between(15, 25);
            case KECIL -> run.between(6, 19);
            default -> 1 + run.random.nextInt(4) + run.random.nextInt(3);
        };
        int outlets = switch (tier) {
            case MENENGAH -> run.between(2, 5);
            case KECIL -> run.between(1, 3);
            default -> run.chance(0.75) ? 1 : 0;
        };
        var scale = sales == null && capital == null ? null : tier;
        return new Profile(scale, form, nib, npwp, capital, sales, premises, equipment, workers,
                tier == BusinessScale.MENENGAH ? 2 : 1, outlets, run.between(2005, 2024));
    }

    private static LegalForm legalForm(BusinessScale tier, double cvShare, Run run) {
        return switch (tier) {
            case MENENGAH -> run.chance(0.5) ? LegalForm.PT : LegalForm.CV;
            case KECIL -> run.chance(0.5) ? LegalForm.CV : run.chance(0.6) ? LegalForm.UD : LegalForm.PERORANGAN;
            default -> run.chance(cvShare) ? LegalForm.CV : run.chance(0.06) ? LegalForm.UD : LegalForm.PERORANGAN;
        };
    }

    /** OSS numbers carry no published meaning: 13 digits, unique. */
    private static String nib(Run run) {
        return run.pick(List.of("0220", "0901", "1102", "1210", "2308")) + run.digits(9);
    }

    /** "Keripik Pisang Ibu Sari", "Kopi Robusta Sumber Jaya", "CV Batik Tapis Siger": unique in this run. */
    private static Naming businessName(Group group, Line line, Owner owner, Village village, Regency regency, LegalForm form,
                                       Run run) {
        String prefix = switch (form) {
            case CV -> "CV ";
            case UD -> "UD ";
            case PT -> "PT ";
            default -> "";
        };
        for (int attempt = 0; ; attempt++) {
            String stem = run.pick(line.stems());
            String mark = switch (run.random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> (owner.female() ? "Ibu " : "Pak ") + owner.calledName();
                case 5, 6 -> run.chance(0.5) ? village.district() : regency.shortName();
                default -> run.pick(group.brands());
            };
            if (attempt >= 5) {
                mark = mark + " " + village.name();
            }
            String name = prefix + stem + " " + mark;
            if (run.claim("name", name.toLowerCase(Locale.ROOT))) {
                return new Naming(name, mark);
            }
        }
    }

    private static String address(Quota quota, Village village, Run run) {
        String street = run.pick(quota.streets()).replace("{desa}", village.name());
        String alley = run.chance(0.2) ? " Gg. " + run.pick(ALLEYS) : "";
        return String.format("Jl. %s%s No. %d, RT %02d/RW %02d", street, alley, run.between(1, 150), run.between(1, 12),
                run.between(1, 8));
    }

    // ---- Permits -----------------------------------------------------------------------------------

    /** Issued 2021–2025 by the regency's one-stop office, valid 5 years; some are due for renewal within 90 days. */
    private static PermitData pirt(Item item, Regency regency, int founded, boolean renewalSoon, Run run) {
        LocalDate dueSoon = run.today.minusYears(5); // issued on this day, it expires today
        LocalDate issued = renewalSoon
                ? dueSoon.plusDays(run.between(5, 85))
                : run.dayBetween(LocalDate.of(Math.max(2021, founded), 1, 1), min(LocalDate.of(2025, 12, 31), run.today.minusDays(30)));
        if (!renewalSoon && !issued.isBefore(dueSoon) && issued.isBefore(dueSoon.plusDays(91))) {
            issued = issued.plusDays(120); // keep the renewal list to the chosen few
        }
        LocalDate expires = issued.plusYears(5);
        String number = run.unique(PermitType.PIRT.name(), () -> pirtNumber(item, regency, expires, run));
        return new PermitData(PermitType.PIRT, number, issued, expires, "DPMPTSP " + regency.name());
    }

    /** Packaging code, IRT food type, province and regency, 4 + 2 serial digits, then "-" and the expiry year. */
    private static String pirtNumber(Item item, Regency regency, LocalDate expires, Run run) {
        return item.packaging().code() + item.irtType() + regency.code().replace(".", "") + run.digits(4) + run.digits(2)
                + String.format("-%02d", expires.getYear() % 100);
    }

    /** BPJPH certificate: "ID", the province, then digits; since UU 6/2023 it stays valid while the recipe is unchanged. */
    private static PermitData halal(Regency regency, int founded, Run run) {
        LocalDate issued = run.dayBetween(LocalDate.of(Math.max(2022, founded), 1, 1),
                min(LocalDate.of(2025, 12, 31), run.today.minusDays(30)));
        String number = run.unique(PermitType.HALAL.name(),
                () -> "ID" + regency.code().substring(0, 2) + "1100" + run.digits(6) + String.format("%02d", issued.getYear() % 100));
        return new PermitData(PermitType.HALAL, number, issued, null, "BPJPH");
    }

    private static PermitData bpomMd(Run run) {
        LocalDate issued = run.dayBetween(LocalDate.of(2022, 1, 1), min(LocalDate.of(2025, 12, 31), run.today.minusDays(30)));
        String number = run.unique(PermitType.BPOM_MD.name(), () -> "BPOM RI MD 2" + run.digits(11));
        return new PermitData(PermitType.BPOM_MD, number, issued, issued.plusYears(5), "Badan POM RI");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal rupiah(double amount, long step) {
        return BigDecimal.valueOf(Math.max(step, Math.round(amount / step) * step));
    }

    // ---- Reference data and signing in ------------------------------------------------------------

    private Regency regency(String code) {
        String name = jdbc.sql("SELECT name FROM region WHERE code = ?").param(code).query(String.class).single();
        var villages = jdbc.sql("""
                        SELECT v.code, v.name, d.name AS district FROM region v JOIN region d ON d.code = v.parent_code
                        WHERE v.level = 'village' AND v.code LIKE ? ORDER BY v.code""")
                .param(code + ".%")
                .query((rs, i) -> new Village(rs.getString("code"), rs.getString("name"), rs.getString("district")))
                .list();
        return new Regency(code, name, name.replaceFirst("^(Kabupaten|Kota) ", ""), villages);
    }

    /** The registry services read the signed-in user from the security context: act as the region's demo officer. */
    private <T> T as(String username, Supplier<T> work) {
        return access.runAs(username, work);
    }

    // ---- Small types -------------------------------------------------------------------------------

    /** A product template; food carries a BPOM category and, for home-industry types, an IRT code. */
    private record Item(String name, String foodCategory, String irtType, Packaging packaging, String netContent,
                        Integer shelfLifeDays, Storage storage, String ingredients, Set<ProductTrait> traits, String craftCategory) {

        boolean isFood() {
            return foodCategory != null;
        }

        /** Could hold a P-IRT: a home-industry food type kept more than 7 days at room temperature. */
        boolean homeIndustryFood() {
            return irtType != null && packaging != null && storage == Storage.AMBIENT && shelfLifeDays > 7
                    && !traits.contains(READY_TO_EAT);
        }

        ProductData data(String brand) {
            return new ProductData(name, brand, foodCategory, irtType, craftCategory, packaging, netContent, shelfLifeDays, storage,
                    ingredients, traits);
        }
    }

    private static Item food(String name, String category, String irtType, Packaging packaging, String net, int shelfLifeDays,
                             String ingredients, ProductTrait... traits) {
        return new Item(name, category, irtType, packaging, net, shelfLifeDays, Storage.AMBIENT, ingredients, Set.of(traits), null);
    }

    /** Frozen food is never home-industry food (it needs BPOM MD), so it has no IRT type. */
    private static Item frozen(String name, String category, Packaging packaging, String net, int shelfLifeDays, String ingredients,
                               ProductTrait... traits) {
        return new Item(name, category, null, packaging, net, shelfLifeDays, Storage.FROZEN, ingredients, Set.of(traits), null);
    }

    private static Item craft(String name, String sectorCategory, String net, String materials) {
        return new Item(name, null, null, null, net, null, Storage.AMBIENT, materials, Set.of(), sectorCategory);
    }

    /** A line of business: how its names start ("|"-separated), its sector, KBLI code and what it makes. */
    private record Line(List<String> stems, Sector sector, String kbli, List<Item> items) {
    }

    private static Line line(String stems, Sector sector, String kbli, Item... items) {
        return new Line(List.of(stems.split("\\|")), sector, kbli, List.of(items));
    }

    private record Share(Line line, int businesses) {
    }

    private static Share share(Line line, int businesses) {
        return new Share(line, businesses);
    }

    private record Quota(String regencyCode, int businesses, List<String> streets) {
    }

    /** One seed program: who enters its businesses, how many of each line and where. */
    private record Group(String actingUser, String source, Names names, List<String> brands, double cvShare,
                         List<Quota> regencies, List<Share> lines) {
    }

    private record Names(List<String> women, List<String> womenLast, List<String> womenSingle,
                         List<String> men, List<String> menLast, List<String> menSingle) {
    }

    private static List<String> plus(List<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).toList();
    }

    private record Regency(String code, String name, String shortName, List<Village> villages) {
    }

    private record Village(String code, String name, String district) {
    }

    private record Owner(String fullName, String calledName, boolean female, String nik, String phone) {
    }

    private record Naming(String full, String brand) {
    }

    private record Profile(BusinessScale scale, LegalForm legalForm, String nib, String npwp, BigDecimal capital, BigDecimal sales,
                           Premises premises, Equipment equipment, int workers, int productionSites, int outlets, int founded) {

        /** P-IRT is only for production at home with manual or semi-automatic equipment. */
        boolean homeIndustry() {
            return premises == Premises.RESIDENCE && equipment != Equipment.AUTOMATIC;
        }
    }

    private static class Counts {
        int businesses;
        int verified;
        int products;
        int pirt;
        int halal;
        int bpomMd;
        int skipped;

        void add(Counts other) {
            verified += other.verified;
            products += other.products;
            pirt += other.pirt;
            halal += other.halal;
            bpomMd += other.bpomMd;
        }
    }

    /** One run: the seeded dice, today, the identifiers handed out so far and the totals. */
    private static final class Run extends Counts {
        final Random random = new Random(2026);
        final LocalDate today;
        private final Set<String> taken = new HashSet<>();
        private int nikSerial = 1; // 0001 is Ibu Sumarni's; fixtures in tests use 9000 and up

        Run(LocalDate today) {
            this.today = today;
        }

        int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        <T> List<T> pickSome(List<T> items, int count) {
            var copy = new ArrayList<>(items);
            Collections.shuffle(copy, random);
            return List.copyOf(copy.subList(0, count));
        }

        String digits(int count) {
            var s = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            return s.toString();
        }

        LocalDate dayBetween(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
        }

        String nextNikSerial() {
            nikSerial += between(1, 3);
            return String.format("%04d", nikSerial);
        }

        /** True when {@code value} of this kind was not handed out before in this run. */
        boolean claim(String kind, String value) {
            return taken.add(kind + ":" + value);
        }

        /** Draws until the value is new for its kind (NIB, permit numbers per type). */
        String unique(String kind, Supplier<String> draw) {
            while (true) {
                String value = draw.get();
                if (claim(kind, value)) {
                    return value;
                }
            }
        }
    }
}
