package id.naikkelas.feedback;

import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Random;

/**
 * Demo mode only: this year's survey answers for two units (so the IKM page has figures: Dumai's BPOM office
 * around a B, Bengkalis's office a little lower) and two complaints to Dumai, one past its due date, one answered
 * (its tracking code is {@code ADU-DEMO-2026}).
 */
@Component
@Order(50)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    static final String ANSWERED_CODE = "ADU-DEMO-2026";

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Today today;

    DemoFeedback(DemoMode demo, JdbcClient jdbc, Today today) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM survey_response").query(Long.class).single() > 0) {
            return;
        }
        var random = new Random(20);
        LocalDate date = today.date();
        answers("Loka POM di Kota Dumai", 14, 3, random, date);
        answers("Dinas Koperasi dan UKM Kabupaten Bengkalis", 9, 2, random, date);
        Long dumai = unit("Loka POM di Kota Dumai");
        if (dumai != null) {
            complaint(dumai, "demo-1", ComplaintCategory.PERMIT, "Berkas P-IRT belum diperiksa",
                    "Berkas sudah lengkap sejak dua minggu lalu tetapi statusnya belum berubah.", date.minusDays(12), date.minusDays(5), null);
            complaint(dumai, ANSWERED_CODE, ComplaintCategory.SERVICE, "Jadwal penyuluhan keamanan pangan",
                    "Kapan penyuluhan keamanan pangan berikutnya diadakan di Dumai Timur?", date.minusDays(20), date.minusDays(13),
                    "Penyuluhan berikutnya diumumkan di menu Pelatihan; pendaftaran dibuka dua minggu sebelumnya.");
        }
        log.info("Demo mode: survey answers and complaints for the IKM and complaint pages");
    }

    /** {@code n} answers spread over the year so far, mostly {@code base} or one above. */
    private void answers(String unitName, int n, int base, Random random, LocalDate date) {
        Long unit = unit(unitName);
        if (unit == null) {
            return;
        }
        String region = jdbc.sql("SELECT region_codes[1] FROM identity_agency WHERE id = ?").param(unit).query(String.class).single();
        for (int i = 0; i < n; i++) {
            int[] s = new int[9];
            for (int e = 0; e < 9; e++) {
                s[e] = Math.min(4, base + (random.nextInt(10) < 6 ? 1 : 0) - (random.nextInt(10) == 0 ? 1 : 0));
            }
            jdbc.sql("""
                            INSERT INTO survey_response (agency_id, region_code, service, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9)
                            VALUES (?, ?, 'PERMIT_ISSUED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(unit, region, date.minusDays(random.nextInt(Math.max(1, date.getDayOfYear()))),
                            s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8])
                    .update();
        }
    }

    private void complaint(long unit, String code, ComplaintCategory category, String subject, String body, LocalDate received,
                           LocalDate due, String answer) {
        Long officer = jdbc.sql("SELECT id FROM identity_user WHERE username = 'petugas.dumai'").query(Long.class).optional().orElse(null);
        jdbc.sql("""
                        INSERT INTO complaint (tracking_hash, agency_id, region_code, category, subject, body, status, assigned_to,
                                               received_on, due_on, answer, answered_by, answered_on, address_hash, created_at)
                        VALUES (?, ?, '14.72', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(TrackingCodes.hash(code), unit, category.name(), subject, body,
                        (answer == null ? ComplaintStatus.IN_PROGRESS : ComplaintStatus.ANSWERED).name(), officer, received, due,
                        answer, answer == null ? null : "petugas.dumai", answer == null ? null : received.plusDays(3),
                        TrackingCodes.sha256("complaint|demo"), today.now().minusDays(30))
                .update();
    }

    private Long unit(String name) {
        return jdbc.sql("SELECT id FROM identity_agency WHERE name = ?").param(name).query(Long.class).optional().orElse(null);
    }
}
