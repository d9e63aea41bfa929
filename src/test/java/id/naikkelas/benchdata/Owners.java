package id.naikkelas.benchdata;

import id.naikkelas.registry.Nik;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One owner per business (owner i runs business i). Their NIK follows the NIK rules (their district,
 * birth date with +40 for women, a serial), is unique, and is stored as the application stores it:
 * sealed and hashed by the application's {@code NikVault} under the data directory's key, masked for
 * display; the clear NIK never reaches the database.
 */
final class Owners {

    record Person(String firstName, String fullName, boolean woman, SplittableRandom rest) {
    }

    private Owners() {
    }

    /** The owner's name, the same in every pass (the business name and training registrations use it). */
    static Person person(long seed, int business) {
        SplittableRandom r = Rng.of(seed, Rng.Stream.OWNER, business);
        boolean woman = Rng.chance(r, 0.55);
        String first = Words.firstName(r, woman);
        return new Person(first, Words.fullName(r, first, woman), woman, r);
    }

    static long write(World w, Connection connection) throws SQLException {
        var taken = new LongSet(w.registry().businesses);
        Set<String> existingHashes = existingHashes(connection);
        try (var copy = new CopyRows(connection, "owner",
                "id, full_name, nik_sealed, nik_hash, nik_masked, gender, phone, created_at, updated_at")) {
            for (int i = 0; i < w.registry().businesses; i++) {
                var person = person(w.seed(), i);
                SplittableRandom r = person.rest();
                String nik = null;
                String hash = null;
                if (Rng.chance(r, 0.9)) {
                    LocalDate born = w.asOf().minusDays(20 * 365 + r.nextInt(45 * 365));
                    String district = w.geo().districtCode(w.geo().districtOf(w.registry().village[i])).replace(".", "");
                    int serial = 1 + r.nextInt(9999);
                    while (true) {
                        nik = district + String.format("%02d%02d%02d%04d", born.getDayOfMonth() + (person.woman() ? 40 : 0),
                                born.getMonthValue(), born.getYear() % 100, serial);
                        if (taken.add(Long.parseLong(nik))) {
                            hash = w.vault().hash(nik);
                            if (!existingHashes.contains(hash)) {
                                break;
                            }
                        }
                        serial = serial % 9999 + 1;
                    }
                }
                String phone = Rng.chance(r, 0.85) ? Words.phone(r) : null;
                var created = World.at(w.businessCreated(i), 9, 0);
                copy.num(w.ids().of("owner", i)).text(person.fullName()).text(nik == null ? null : w.vault().seal(nik)).text(hash)
                        .text(nik == null ? null : Nik.mask(nik)).text(person.woman() ? "P" : "L").text(phone).time(created).time(created);
                copy.endRow();
            }
            return copy.finish();
        }
    }

    private static Set<String> existingHashes(Connection connection) throws SQLException {
        var hashes = new HashSet<String>();
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT nik_hash FROM owner WHERE nik_hash IS NOT NULL")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
