package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Training events where the businesses are (an event's place is drawn like a business's), with one
 * to three day sessions in the region's own time zone, and registrations of businesses of the same
 * regency as {@code Registrations} makes them: seats confirmed in order until the event is full, the
 * rest waitlisted, a few cancelled, and every registration of a called-off event released. Tokens
 * and short codes have the application's shape (18 random bytes in URL-safe Base64; six readable
 * characters, unique within the event). Attendance, tests and certificates are not generated.
 */
final class TrainingRows {

    private static final String[] TYPES = {"SOCIALISATION", "BIMTEK", "PKP", "HALAL_PROCEDURE"};
    private static final double[] TYPE_WEIGHTS = {.35, .30, .20, .15};
    private static final String[] MODES = {"ON_SITE", "ONLINE", "HYBRID"};
    private static final char[] READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    /** Provinces outside western Indonesian time (the rule of the training module's EventTimes). */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("51", "Asia/Makassar"), Map.entry("52", "Asia/Makassar"),
            Map.entry("53", "Asia/Makassar"), Map.entry("63", "Asia/Makassar"), Map.entry("64", "Asia/Makassar"),
            Map.entry("65", "Asia/Makassar"), Map.entry("71", "Asia/Makassar"), Map.entry("72", "Asia/Makassar"),
            Map.entry("73", "Asia/Makassar"), Map.entry("74", "Asia/Makassar"), Map.entry("75", "Asia/Makassar"),
            Map.entry("76", "Asia/Makassar"), Map.entry("81", "Asia/Jayapura"), Map.entry("82", "Asia/Jayapura"),
            Map.entry("91", "Asia/Jayapura"), Map.entry("92", "Asia/Jayapura"), Map.entry("93", "Asia/Jayapura"),
            Map.entry("94", "Asia/Jayapura"), Map.entry("95", "Asia/Jayapura"), Map.entry("96", "Asia/Jayapura"));

    record Event(int district, int regency, int province, String type, String mode, int capacity, LocalDate firstDay, int sessions,
                 ZoneId zone, OffsetDateTime created, OffsetDateTime deadline, OffsetDateTime cancelled, int wanted) {
    }

    private TrainingRows() {
    }

    static Event event(World w, int j) {
        SplittableRandom r = Rng.of(w.seed(), Rng.Stream.EVENT, j);
        int village = w.registry().village[r.nextInt(w.registry().businesses)];
        int province = w.geo().provinceOf(village);
        var zone = ZoneId.of(ZONES.getOrDefault(w.geo().provinceCode(province), "Asia/Jakarta"));
        String type = TYPES[Rng.weighted(r, TYPE_WEIGHTS)];
        String mode = MODES[Rng.weighted(r, new double[]{.6, .2, .2})];
        int capacity = 15 + r.nextInt(36);
        LocalDate first = w.daysAgo(r.nextInt(820) - 90);
        int sessions = 1 + Rng.weighted(r, new double[]{.5, .35, .15});
        var deadline = first.minusDays(1).atTime(23, 59).atZone(zone).toOffsetDateTime();
        var created = World.at(BusinessRows.min(first.minusDays(45), w.asOf()), 10, 0);
        OffsetDateTime cancelled = null;
        if (Rng.chance(r, 0.04)) {
            LocalDate on = BusinessRows.min(first.minusDays(2), w.asOf());
            cancelled = World.at(on.isBefore(created.toLocalDate()) ? created.toLocalDate() : on, 15, 0);
        }
        int wanted = (int) Math.round(capacity * (0.1 + r.nextDouble() * 1.05));
        return new Event(w.geo().districtOf(village), w.geo().regencyOf(village), province, type, mode, capacity, first, sessions, zone,
                created, deadline, cancelled, wanted);
    }

    static long writeEvents(World w, Connection connection, int count) throws SQLException {
        try (var copy = new CopyRows(connection, "training_event", "id, agency_id, region_code, type, topic, trainers, mode, venue, "
                + "meeting_link, capacity, registration_deadline, target_region_codes, pass_mark, status, created_by, created_at, "
                + "cancelled_at, cancelled_by, cancel_reason")) {
            for (int j = 0; j < count; j++) {
                var e = event(w, j);
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.EVENT, 1L << 40 | j);
                String place = w.geo().districtName(e.district());
                String officer = w.staff().officer(e.province());
                copy.num(w.ids().of("training_event", j)).num(w.staff().agencyId(e.province())).text(w.geo().districtCode(e.district()))
                        .text(e.type()).text(topic(e.type(), place, j)).array(List.of(Words.personName(r, r.nextBoolean()), Words.personName(r, r.nextBoolean())))
                        .text(e.mode()).text(e.mode().equals("ONLINE") ? null : "Aula Kantor Kecamatan " + place)
                        .text(e.mode().equals("ON_SITE") ? null : "https://zoom.us/j/" + (8_000_000_000L + r.nextInt(1_000_000_000)))
                        .num(e.capacity()).time(e.deadline())
                        .array(Rng.chance(r, 0.5) ? List.of(w.geo().regencyCode(e.regency())) : List.of())
                        .num(e.type().equals("PKP") ? (Integer) 60 : null).text(e.cancelled() == null ? "OPEN" : "CANCELLED")
                        .text(officer).time(e.created()).time(e.cancelled()).text(e.cancelled() == null ? null : officer)
                        .text(e.cancelled() == null ? null : "Narasumber berhalangan hadir; acara dijadwalkan ulang");
                copy.endRow();
            }
            return copy.finish();
        }
    }

    static long writeSessions(World w, Connection connection, int count) throws SQLException {
        long id = 0;
        try (var copy = new CopyRows(connection, "training_session", "id, event_id, position, starts_at, ends_at")) {
            for (int j = 0; j < count; j++) {
                var e = event(w, j);
                for (int s = 0; s < e.sessions(); s++) {
                    LocalDate day = e.firstDay().plusDays(s);
                    copy.num(w.ids().of("training_session", id++)).num(w.ids().of("training_event", j)).num(s + 1)
                            .time(day.atTime(LocalTime.of(8, 0)).atZone(e.zone()).toOffsetDateTime())
                            .time(day.atTime(LocalTime.of(15, 0)).atZone(e.zone()).toOffsetDateTime());
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    static long writeRegistrations(World w, Connection connection, int count) throws SQLException {
        var registry = w.registry();
        long id = 0;
        try (var copy = new CopyRows(connection, "training_registration", "id, event_id, business_id, region_code, participant_name, "
                + "participant_role, status, token, short_code, registered_by, registered_at, cancelled_at, cancelled_by")) {
            for (int j = 0; j < count; j++) {
                var e = event(w, j);
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.REGISTRATION, j);
                int from = registry.regencyStart[e.regency()];
                int size = registry.regencyStart[e.regency() + 1] - from;
                var chosen = new HashSet<Integer>();
                var codes = new HashSet<String>();
                String officer = w.staff().officer(e.province());
                var open = e.cancelled() != null ? e.cancelled() : min(e.deadline(), World.at(w.asOf(), 8, 0));
                long window = Math.max(60, open.toEpochSecond() - e.created().toEpochSecond());
                int confirmed = 0;
                int wanted = Math.min(e.wanted(), size);
                for (int t = 0; t < wanted; t++) {
                    int business = registry.byRegency[from + r.nextInt(size)];
                    if (!chosen.add(business) || registry.status[business] == RegistryPlan.INACTIVE) {
                        continue;
                    }
                    boolean owner = Rng.chance(r, 0.85);
                    String name = owner ? Owners.person(w.seed(), business).fullName() : Words.personName(r, r.nextBoolean());
                    var registered = e.created().plusSeconds(window * (t + 1) / (wanted + 1));
                    OffsetDateTime cancelled = e.cancelled();
                    String status;
                    if (cancelled == null && Rng.chance(r, 0.05)) {
                        status = "CANCELLED";
                        cancelled = registered.plusSeconds(Math.max(1, (open.toEpochSecond() - registered.toEpochSecond()) / 2));
                    } else if (cancelled != null) {
                        status = "CANCELLED";
                    } else if (confirmed < e.capacity()) {
                        status = "CONFIRMED";
                        confirmed++;
                    } else {
                        status = "WAITLISTED";
                    }
                    copy.num(w.ids().of("training_registration", id++)).num(w.ids().of("training_event", j))
                            .num(w.ids().of("business", business)).text(w.regionOfBusiness(business)).text(name)
                            .text(owner ? "OWNER" : "WORKER").text(status).text(token(r)).text(shortCode(r, codes)).text(officer)
                            .time(registered).time(status.equals("CANCELLED") ? cancelled : null)
                            .text(status.equals("CANCELLED") ? officer : null);
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    private static String topic(String type, String place, int j) {
        return switch (type) {
            case "SOCIALISATION" -> "Sosialisasi Sertifikasi Halal Gratis " + place;
            case "BIMTEK" -> "Bimtek Cara Produksi Pangan yang Baik (CPPB-IRT) " + place;
            case "PKP" -> "Penyuluhan Keamanan Pangan (PKP) Angkatan " + (j % 40 + 1);
            default -> "Pelatihan Prosedur Sertifikasi Halal " + place;
        };
    }

    private static String token(SplittableRandom r) {
        byte[] bytes = new byte[18];
        r.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String shortCode(SplittableRandom r, Set<String> taken) {
        while (true) {
            var code = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                code.append(READABLE[r.nextInt(READABLE.length)]);
            }
            if (taken.add(code.toString())) {
                return code.toString();
            }
        }
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
