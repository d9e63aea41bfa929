package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Events and businesses for training tests, each with unique names so tests share one database. */
final class TrainingFixtures {

    static final AtomicInteger SERIAL = new AtomicInteger();
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private TrainingFixtures() {
    }

    static EventData event(EventType type, EventMode mode, String region, int capacity, int sessions, List<String> targets) {
        var first = OffsetDateTime.now(WIB).plusDays(10).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var list = new java.util.ArrayList<EventData.Session>();
        for (int i = 0; i < sessions; i++) {
            list.add(new EventData.Session(first.plusDays(i), first.plusDays(i).plusHours(3)));
        }
        return new EventData(type, "Uji " + type.name().toLowerCase(java.util.Locale.ROOT) + " " + SERIAL.incrementAndGet(), null, null, List.of(), List.of("dr. Uji"), mode,
                region, mode.hasVenue() ? "Aula Uji" : null, mode.hasLink() ? "https://meet.example.org/uji" : null, capacity,
                first.minusDays(2), list, targets, Set.of(), null, null);
    }

    static long business(Businesses businesses, String officer, String village) {
        int serial = SERIAL.incrementAndGet();
        var data = new BusinessData("Keripik Pelatihan " + serial, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                "Jl. Uji " + serial, village, null, null, 2, 2020, null, new BigDecimal("90000000"), Premises.RESIDENCE,
                Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Peserta Uji " + serial, null, "P", null, null));
        return AsUser.call(officer, () -> businesses.register(data, null));
    }
}
