package id.naikkelas.identity;

import id.naikkelas.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Demo mode only: the agencies of the five seed programs and one user per role, all with the
 * published demo password. Runs before other modules' demo data, which refers to these users.
 */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoMode demo;
    private final Agencies agencies;
    private final Accounts accounts;

    DemoAccounts(DemoMode demo, Agencies agencies, Accounts accounts) {
        this.demo = demo;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || accounts.usernameTaken("admin")) {
            return;
        }
        long dumai = agency("Loka POM di Kota Dumai", AgencyKind.BPOM, "14.72");
        long palangkaraya = agency("Balai Besar POM di Palangka Raya", AgencyKind.BPOM, "62");
        long bengkalis = agency("Dinas Koperasi dan UKM Kabupaten Bengkalis", AgencyKind.DINAS_KOPERASI_UMKM, "14.03");
        long bandarLampung = agency("Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kota Bandar Lampung", AgencyKind.PEMERINTAH_DAERAH, "18.71");
        long lampung = agency("Dinas Koperasi dan UKM Provinsi Lampung", AgencyKind.DINAS_KOPERASI_UMKM, "18");
        long university = agency("Universitas Palangka Raya", AgencyKind.UNIVERSITY, "62.71");
        agency("Kwartir Daerah Gerakan Pramuka Kalimantan Tengah", AgencyKind.PRAMUKA, "62");
        agency("Kadin Kabupaten Bengkalis", AgencyKind.KADIN, "14.03");
        agency("Dinas Kesehatan Kota Dumai", AgencyKind.DINAS_KESEHATAN, "14.72");

        user("admin", "Administrator Platform", null, Role.ADMIN);
        user("manajer.dumai", "Rina Marlina", dumai, Role.PROGRAM_MANAGER);
        user("petugas.dumai", "Hendra Saputra", dumai, Role.OFFICER);
        user("petugas.bengkalis", "Siti Aisyah", bengkalis, Role.OFFICER);
        user("petugas.lampung", "Agus Setiawan", lampung, Role.OFFICER);
        user("pendamping.palangkaraya", "Dewi Lestari", palangkaraya, Role.FACILITATOR);
        facilitators(dumai, palangkaraya, bengkalis, bandarLampung, lampung);
        user("petugas.palangkaraya", "Yohanes Nahan", palangkaraya, Role.OFFICER);
        user("petugas.bandarlampung", "Rizky Pratama", bandarLampung, Role.PROGRAM_MANAGER);
        user("pemilik.demo", "Ibu Sumarni", null, Role.OWNER);
        user("mitra.demo", "Dr. Yusuf Hamdani", university, Role.PARTNER);
        // a student of the partner university who facilitates in UMKM Berdikari (issue 18 part 3)
        user("mahasiswa.upr", "Nadia Putri Anggraini", university, Role.FACILITATOR);
        user("pembeli.demo", "Bagian Pembelian Hotel Sahid Lampung", null, Role.BUYER);
        log.info("Demo mode: created demo agencies and users (password {})", PASSWORD);
    }

    /**
     * Enough facilitators for every seed program to be walked end to end: SEDAP MALAM's twelve UMKM at five each,
     * UMKM Berdikari's eight at one each (one UMKM, one pendamping), Bengkalis's fifteen at ten, Bandar Lampung's
     * 120 at twenty and the province's twenty at fifteen.
     */
    private void facilitators(long dumai, long palangkaraya, long bengkalis, long bandarLampung, long lampung) {
        team("dumai", dumai, List.of("Fitri Handayani", "Arif Rahman", "Maya Sari"));
        team("palangkaraya", palangkaraya, List.of("", "Yosua Tambun", "Rini Anggraini", "Bambang Irawan",
                "Lusiana Dewi", "Hendrik Saputra", "Indah Permatasari", "Kristian Ngabut"));
        team("bengkalis", bengkalis, List.of("Zulkifli Hasan", "Nur Aini"));
        team("bandarlampung", bandarLampung, List.of("Andi Wijaya",
                "Sri Wahyuni", "Yoga Pratama", "Ratna Sari", "Fajar Nugroho", "Desi Ratnasari"));
        team("lampung", lampung, List.of("Budi Santoso", "Eka Putri"));
    }

    /** pendamping.{place}, pendamping2.{place}, …; an empty name keeps a place already taken. */
    private void team(String place, long agencyId, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                user("pendamping" + (i == 0 ? "" : String.valueOf(i + 1)) + "." + place, names.get(i), agencyId, Role.FACILITATOR);
            }
        }
    }

    private long agency(String name, AgencyKind kind, String regionCode) {
        return agencies.create(new Agencies.AgencyData(name, kind, List.of(regionCode), null, null, null, true));
    }

    private void user(String username, String fullName, Long agencyId, Role role) {
        accounts.createDemo(new Accounts.NewUser(username, fullName, username + "@demo.naikkelas.id", null, PASSWORD,
                agencyId, Set.of(role), List.of()));
    }
}
