package id.naikkelas.web;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.common.Today;
import id.naikkelas.feedback.Complaints;
import id.naikkelas.registry.PermitRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each count on a home page is the size of the list it links to, scoped to the user's jurisdiction, and the
 * pages read them with a fixed number of statements however many programs there are (issue 20).
 */
@IntegrationTest
class HomeCountsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PermitRegister permits;
    @Autowired
    Complaints complaints;
    @Autowired
    Today today;

    String page(String username, String role, String path) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The figure of the tile with this class. */
    static long figure(String html, String tileClass) {
        Matcher m = Pattern.compile("class=\"tile " + tileClass + "\"[^>]*>\\s*<span class=\"figure[^\"]*\">(\\d+)</span>").matcher(html);
        assertThat(m.find()).as("tile %s in the page %s", tileClass, html.substring(Math.max(0, html.indexOf("class=\"tiles"))))
                .isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theOfficersCountsAreTheSizesOfTheListsTheyLinkTo() throws Exception {
        // one overdue complaint in Dumai, one in Bengkalis
        long dumai = jdbc.sql("SELECT id FROM identity_agency WHERE name = 'Loka POM di Kota Dumai'").query(Long.class).single();
        long bengkalis = jdbc.sql("SELECT id FROM identity_agency WHERE name = 'Dinas Koperasi dan UKM Kabupaten Bengkalis'").query(Long.class).single();
        for (long unit : new long[] {dumai, bengkalis}) {
            complaints.file(new Complaints.Form(unit, id.naikkelas.feedback.ComplaintCategory.FEE, "Pungutan " + unit + " " + System.nanoTime(),
                    "Diminta uang", null, null), "10.20.30." + unit);
        }
        jdbc.sql("UPDATE complaint SET due_on = ? WHERE subject LIKE 'Pungutan %'").param(today.date().minusDays(1)).update();

        String html = page("petugas.dumai", "OFFICER", "/petugas");
        assertThat(figure(html, "count-overdue-cases"))
                .isEqualTo(jdbc.sql("""
                        SELECT count(*) FROM certification_case c JOIN registry_business b ON b.id = c.business_id
                        WHERE c.status = 'OPEN' AND c.step_due_on < ? AND (b.region_code = '14.72' OR b.region_code LIKE '14.72.%')""")
                        .param(today.date()).query(Long.class).single());
        assertThat(figure(html, "count-expiring"))
                .isEqualTo(AsUser.call("petugas.dumai", () -> permits.expiring(PermitRegister.RENEWAL_WINDOW_DAYS, today.date())).size())
                .isPositive();
        long overdueComplaints = figure(html, "count-complaints");
        assertThat(overdueComplaints).isEqualTo(AsUser.call("petugas.dumai", () -> complaints.list(true, null, 500)).size()).isPositive();
        assertThat(AsUser.call("petugas.dumai", () -> complaints.list(true, null, 500)))
                .allMatch(Complaints.Row::overdue).noneMatch(r -> r.unit().contains("Bengkalis"));
        long drafts = figure(html, "count-to-verify");
        assertThat(drafts).isEqualTo(jdbc.sql("SELECT count(*) FROM registry_business WHERE status = 'DRAFT' AND merged_into IS NULL "
                + "AND (region_code = '14.72' OR region_code LIKE '14.72.%')").query(Long.class).single());
        // the tiles link to those lists
        assertThat(html).contains("href=\"/kasus?overdue=true\"", "href=\"/izin/perpanjangan\"", "href=\"/impor/tinjau\"",
                "href=\"/pengaduan/masuk?overdue=true\"", "href=\"/usaha?status=DRAFT\"");
        // and the complaints list behind the count shows that many rows, each marked overdue
        String list = page("petugas.dumai", "OFFICER", "/pengaduan/masuk?overdue=true");
        assertThat(Pattern.compile("<tr class=\"overdue\">").matcher(list).results().count()).isEqualTo(overdueComplaints);
    }

    @Test
    void theManagersProgramCountsCostTheSameForAnyNumberOfPrograms() throws Exception {
        var few = StatementCount.during(() -> page("petugas.bandarlampung", "PROGRAM_MANAGER", "/petugas"));
        var many = StatementCount.during(() -> page("manajer.dumai", "PROGRAM_MANAGER", "/petugas"));
        String html = page("manajer.dumai", "PROGRAM_MANAGER", "/petugas");
        assertThat(html).contains("Peserta per tahap", "Beban pendamping");
        long programs = jdbc.sql("SELECT count(*) FROM program p WHERE p.region_code LIKE '14.72%' AND p.status <> 'CLOSED' "
                + "AND EXISTS (SELECT 1 FROM program_stage s WHERE s.program_id = p.id)").query(Long.class).single();
        assertThat(Pattern.compile("class=\"tile program-count\"").matcher(html).results().count()).isEqualTo(programs);
        System.out.printf("[statements] GET /petugas as manager: %d and %d%n", few.count(), many.count());
        assertThat(many.count()).as("%s%n%s", few, many).isEqualTo(few.count()).isLessThan(30);
    }

    @Test
    void theFacilitatorsCountsLeadToExactlyThoseParticipants() throws Exception {
        long me = jdbc.sql("SELECT id FROM identity_user WHERE username = 'pendamping.palangkaraya'").query(Long.class).single();
        var assigned = jdbc.sql("SELECT enrollment_id, business_id FROM programs_open_assignment WHERE facilitator_id = ? ORDER BY enrollment_id")
                .param(me).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        assertThat(assigned).isNotEmpty();
        long enrollment = assigned.get(0)[0];
        // a visit planned today with a follow-up already past due, on the first participant
        long visit = jdbc.sql("""
                        INSERT INTO visit (enrollment_id, business_id, region_code, planned_on, status)
                        SELECT e.id, e.business_id, e.region_code, ?, 'PLANNED' FROM enrollment e WHERE e.id = ? RETURNING id""")
                .params(today.date(), enrollment).query(Long.class).single();
        jdbc.sql("INSERT INTO follow_up (visit_id, enrollment_id, description, due_on, responsible) VALUES (?, ?, 'Label', ?, 'OWNER')")
                .params(visit, enrollment, today.date().minusDays(2)).update();

        String home = page("pendamping.palangkaraya", "FACILITATOR", "/pendamping");
        long visitsToday = figure(home, "count-visits-today");
        long followUps = figure(home, "count-follow-ups");
        assertThat(visitsToday).isPositive();
        assertThat(followUps).isPositive();
        String todayList = page("pendamping.palangkaraya", "FACILITATOR", "/pendamping?show=VISIT_TODAY");
        String overdueList = page("pendamping.palangkaraya", "FACILITATOR", "/pendamping?show=FOLLOW_UP_OVERDUE");
        assertThat(Pattern.compile("<li class=\"card\">").matcher(todayList).results().count()).isEqualTo(visitsToday);
        assertThat(Pattern.compile("<li class=\"card\">").matcher(overdueList).results().count()).isEqualTo(followUps);
        assertThat(todayList).contains("href=\"/peserta/" + enrollment + "\"");
    }

    @Test
    void theOwnerSeesTheirPermitsWithTheirExpiry() throws Exception {
        String html = page("pemilik.demo", "OWNER", "/usaha-saya");
        long held = jdbc.sql("""
                        SELECT count(*) FROM permit pm JOIN business b ON b.id = pm.business_id JOIN owner o ON o.id = b.owner_id
                        JOIN app_user u ON u.id = o.user_id WHERE u.username = 'pemilik.demo' AND b.merged_into IS NULL""")
                .query(Long.class).single();
        assertThat(held).isPositive();
        assertThat(html).contains("Izin yang dimiliki (" + held + ")");
        assertThat(Pattern.compile("<td data-label=\"Izin\">").matcher(html).results().count()).isEqualTo(held);
    }
}
