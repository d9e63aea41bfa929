package id.naikkelas.programs;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import id.naikkelas.common.Today;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk enrolment, the program's participant list and the facilitator's worklist read and write the database a fixed
 * number of times, whether they handle 5 businesses or 50 (issue 17).
 */
@IntegrationTest
class ProgramListsQueriesTest {

    static final String MANAGER = "petugas.palangkaraya";
    static final int BOUND = 40;

    @Autowired
    Programs programs;
    @Autowired
    Businesses businesses;
    @Autowired
    Accounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;

    @Test
    void enrolmentParticipantListAndWorklistReadAsOftenForFiftyBusinessesAsForFive() throws Exception {
        var all = new ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            all.add(business("Peserta Massal " + i + " " + System.nanoTime()));
        }
        var few = all.subList(0, 5);
        long small = program("Program Lima");
        long large = program("Program Lima Puluh");

        var enrolFive = StatementCount.during(() -> mvc.perform(enrol(small, few)).andExpect(status().is3xxRedirection()));
        var enrolFifty = StatementCount.during(() -> mvc.perform(enrol(large, all)).andExpect(status().is3xxRedirection()));
        assertThat(jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ?").param(large).query(Integer.class).single()).isEqualTo(50);
        assertThat(jdbc.sql("SELECT count(*) FROM visit v JOIN enrollment e ON e.id = v.enrollment_id WHERE e.program_id = ?")
                .param(large).query(Integer.class).single()).isEqualTo(50 * 6);
        System.out.printf("[statements] POST /program/{id}/peserta: 5 businesses %d, 50 businesses %d%n", enrolFive.count(), enrolFifty.count());
        assertThat(enrolFifty.count()).as("5: %s%n50: %s", enrolFive, enrolFifty).isEqualTo(enrolFive.count()).isLessThan(BOUND);

        var pageFive = StatementCount.during(() -> mvc.perform(get("/program/" + small).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk()));
        var pageFifty = StatementCount.during(() -> mvc.perform(get("/program/" + large).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk()));
        System.out.printf("[statements] GET /program/{id}: 5 participants %d, 50 participants %d%n", pageFive.count(), pageFifty.count());
        assertThat(pageFifty.count()).as("5: %s%n50: %s", pageFive, pageFifty).isEqualTo(pageFive.count()).isLessThan(BOUND);

        String facilitator = "kerja.n1." + System.nanoTime() % 100000;
        long agency = jdbc.sql("SELECT id FROM agency WHERE name = 'Balai Besar POM di Palangka Raya'").query(Long.class).single();
        accounts.create(new Accounts.NewUser(facilitator, "Pendamping Banyak Usaha", null, null, "Lapangan-Uji-Kopi-42", agency,
                Set.of(Role.FACILITATOR), List.of()));
        few.forEach(id -> Assignments.assign(jdbc, facilitator, id));
        var worklistFive = StatementCount.during(() -> mvc.perform(get("/pendamping").with(user(facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()));
        all.subList(5, 50).forEach(id -> Assignments.assign(jdbc, facilitator, id));
        var worklistFifty = StatementCount.during(() -> mvc.perform(get("/pendamping").with(user(facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()));
        System.out.printf("[statements] GET /pendamping (worklist): 5 businesses %d, 50 businesses %d%n", worklistFive.count(),
                worklistFifty.count());
        assertThat(worklistFifty.count()).as("5: %s%n50: %s", worklistFive, worklistFifty).isEqualTo(worklistFive.count()).isLessThan(BOUND);
    }

    private static org.springframework.test.web.servlet.RequestBuilder enrol(long program, List<Long> businessIds) {
        var request = post("/program/" + program + "/peserta").with(user(MANAGER).roles("OFFICER")).with(csrf());
        businessIds.forEach(id -> request.param("business", String.valueOf(id)));
        return request;
    }

    /** Open to everyone in Palangka Raya, a monitoring stage with a visit a month for six months. */
    private long program(String name) {
        var data = new ProgramData(name + " " + System.nanoTime(), "uji", List.of("62.71"), today.date(), null,
                Set.of(PermitType.PIRT), Facilitation.CASELOAD, 60, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null), new ProgramData.Stage("Monitoring", 180, 30)), List.of());
        return AsUser.call(MANAGER, () -> programs.create(data));
    }

    private long business(String name) {
        return AsUser.call(MANAGER, () -> businesses.register(new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(),
                Sector.PROCESSED_FOOD, "Jl. Uji", "62.71.01.1001", null, null, 2, 2020, null, new BigDecimal("90000000"),
                Premises.RESIDENCE, Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Pemilik " + name, null, null, null, null)), null));
    }
}
