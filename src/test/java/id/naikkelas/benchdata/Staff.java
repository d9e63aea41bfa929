package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people who work on the generated data: one agency per province (the demo agencies where the
 * demo has one: petugas.lampung's Dinas for Lampung, petugas.palangkaraya's Balai Besar POM for
 * Central Kalimantan), an officer per province and the facilitators the enrolments need. Generated
 * accounts share the demo accounts' password hash, so every one of them signs in with the demo
 * password; pendamping.palangkaraya takes the first caseload of Central Kalimantan, so the demo
 * facilitator has a worklist.
 */
final class Staff {

    /** Demo officers that act for their province instead of a generated one. */
    static final Map<String, String> DEMO_OFFICERS = Map.of("18", "petugas.lampung", "62", "petugas.palangkaraya");
    static final String DEMO_FACILITATOR = "pendamping.palangkaraya";
    static final String DEMO_FACILITATOR_PROVINCE = "62";

    private record User(long id, String username, String fullName, Long agencyId) {
    }

    private final Geography geo;
    private final Ids ids;
    private final long seed;
    private final OffsetDateTime createdAt;
    private final String passwordHash;
    private final long[] agencyId;
    private final boolean[] newAgency;
    private final User[] officer;
    private final int[] facilitatorBase;
    private final ProgrammePlan programmes;
    private final User demoFacilitator;
    private int generatedUsers;

    Staff(Connection connection, Geography geo, Ids ids, ProgrammePlan programmes, long seed, OffsetDateTime createdAt) throws SQLException {
        this.geo = geo;
        this.ids = ids;
        this.seed = seed;
        this.programmes = programmes;
        this.createdAt = createdAt;
        var users = existingUsers(connection);
        var agencies = existingAgencies(connection);
        var anyDemo = users.values().stream().filter(u -> DEMO_OFFICERS.containsValue(u.username())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo accounts: start the application once in demo mode first"));
        passwordHash = passwordHashOf(connection, anyDemo.username());
        demoFacilitator = users.get(DEMO_FACILITATOR);
        int provinces = geo.provinces();
        agencyId = new long[provinces];
        newAgency = new boolean[provinces];
        officer = new User[provinces];
        facilitatorBase = new int[provinces];
        int newAgencies = 0;
        for (int p = 0; p < provinces; p++) {
            String code = geo.provinceCode(p);
            User demo = users.get(DEMO_OFFICERS.getOrDefault(code, ""));
            if (demo != null && demo.agencyId() != null) {
                agencyId[p] = demo.agencyId();
                officer[p] = demo;
                continue;
            }
            Long existing = agencies.get(agencyName(p).toLowerCase(java.util.Locale.ROOT));
            if (existing != null) {
                agencyId[p] = existing;
            } else {
                agencyId[p] = ids.of("agency", newAgencies++);
                newAgency[p] = true;
            }
            var r = Rng.of(seed, Rng.Stream.PEOPLE, generatedUsers);
            officer[p] = new User(ids.of("app_user", generatedUsers++), "petugas.prov" + code, Words.personName(r, r.nextBoolean()), agencyId[p]);
        }
        for (int p = 0; p < provinces; p++) {
            facilitatorBase[p] = generatedUsers;
            generatedUsers += programmes.facilitatorsPerProvince[p];
        }
    }

    String agencyName(int p) {
        return "Dinas Koperasi dan UKM Provinsi " + geo.provinceName(p);
    }

    long agencyId(int province) {
        return agencyId[province];
    }

    String officer(int province) {
        return officer[province].username();
    }

    String officerName(int province) {
        return officer[province].fullName();
    }

    private boolean demoSlot(int province, int slot) {
        return slot == 0 && demoFacilitator != null && geo.provinceCode(province).equals(DEMO_FACILITATOR_PROVINCE);
    }

    long facilitatorId(int province, int slot) {
        return demoSlot(province, slot) ? demoFacilitator.id() : ids.of("app_user", facilitatorBase[province] + slot);
    }

    String facilitator(int province, int slot) {
        return demoSlot(province, slot) ? demoFacilitator.username()
                : String.format("pendamping.prov%s.%04d", geo.provinceCode(province), slot + 1);
    }

    String facilitatorName(int province, int slot) {
        if (demoSlot(province, slot)) {
            return demoFacilitator.fullName();
        }
        var r = Rng.of(seed, Rng.Stream.PEOPLE, facilitatorBase[province] + slot);
        return Words.personName(r, r.nextBoolean());
    }

    long writeAgencies(Connection connection) throws SQLException {
        try (var copy = new CopyRows(connection, "agency", "id, name, kind, region_codes, created_at")) {
            for (int p = 0; p < geo.provinces(); p++) {
                if (newAgency[p]) {
                    copy.num(agencyId[p]).text(agencyName(p)).text("DINAS_KOPERASI_UMKM").array(List.of(geo.provinceCode(p)))
                            .time(createdAt);
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    long writeUsers(Connection connection) throws SQLException {
        try (var copy = new CopyRows(connection, "app_user",
                "id, username, full_name, email, password_hash, agency_id, roles, password_changed_at, created_at")) {
            for (int p = 0; p < geo.provinces(); p++) {
                var o = officer[p];
                if (!DEMO_OFFICERS.containsValue(o.username())) {
                    user(copy, o.id(), o.username(), o.fullName(), o.agencyId(), "OFFICER");
                }
            }
            for (int p = 0; p < geo.provinces(); p++) {
                for (int slot = 0; slot < programmes.facilitatorsPerProvince[p]; slot++) {
                    if (!demoSlot(p, slot)) {
                        user(copy, facilitatorId(p, slot), facilitator(p, slot), facilitatorName(p, slot), agencyId[p], "FACILITATOR");
                    }
                }
            }
            return copy.finish();
        }
    }

    long writeFacilitatorProfiles(Connection connection) throws SQLException {
        try (var copy = new CopyRows(connection, "facilitator_profile", "user_id, organisation, credentials, region_codes, capacity")) {
            for (int p = 0; p < geo.provinces(); p++) {
                for (int slot = 0; slot < programmes.facilitatorsPerProvince[p]; slot++) {
                    if (!demoSlot(p, slot)) {
                        copy.num(facilitatorId(p, slot)).text(agencyName(p)).text("Pendamping UMKM bersertifikat")
                                .array(List.of(geo.provinceCode(p))).num(ProgrammePlan.ACTIVE_PER_FACILITATOR + 5);
                        copy.endRow();
                    }
                }
            }
            return copy.finish();
        }
    }

    private void user(CopyRows copy, long id, String username, String fullName, Long agency, String role) throws SQLException {
        copy.num(id).text(username).text(fullName).text(username + "@bench.naikkelas.id").text(passwordHash).num(agency)
                .array(List.of(role)).time(createdAt).time(createdAt);
        copy.endRow();
    }

    private static Map<String, User> existingUsers(Connection connection) throws SQLException {
        var users = new HashMap<String, User>();
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT id, username, full_name, agency_id FROM app_user")) {
            while (rs.next()) {
                users.put(rs.getString(2), new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)));
            }
        }
        return users;
    }

    private static Map<String, Long> existingAgencies(Connection connection) throws SQLException {
        var agencies = new HashMap<String, Long>();
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT id, lower(name) FROM agency")) {
            while (rs.next()) {
                agencies.put(rs.getString(2), rs.getLong(1));
            }
        }
        return agencies;
    }

    private static String passwordHashOf(Connection connection, String username) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
