package id.naikkelas.programs;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.common.Today;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.RegistryJourneyPhotos;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participant page's journey (issue 18, part 8): a permit handed over with its photo shows in the timeline, the
 * page reads as often with many entries as with one, bad input and another region's manager change nothing.
 */
@IntegrationTest
class ParticipantJourneyTest {

    static final String MANAGER = "petugas.palangkaraya";
    static final String OTHER_REGION = "manajer.dumai";

    @Autowired
    Programs programs;
    @Autowired
    Enrollments enrollments;
    @Autowired
    Businesses businesses;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;

    @Test
    void aHandOverWithItsPhotoShowsInTheJourneyAndThePageReadsAsOftenForManyEntriesAsForOne() throws Exception {
        long program = program();
        long business = business();
        long enrollment = enrol(program, business);

        mvc.perform(handOver(enrollment, "PIRT", null, today.date().toString(), photo()).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "journey.handover.saved"));
        long handover = jdbc.sql("SELECT id FROM permit_handover WHERE enrollment_id = ?").param(enrollment).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'permit_handover' AND entity_id = ?")
                .param(String.valueOf(handover)).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/peserta/" + enrollment).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Serah terima P-IRT")))
                .andExpect(content().string(containsString("/serah-terima/" + handover + "/foto")));
        mvc.perform(get("/serah-terima/" + handover + "/foto").with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));

        var one = StatementCount.during(() -> mvc.perform(get("/peserta/" + enrollment).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk()));
        for (int i = 0; i < 6; i++) {
            jdbc.sql("INSERT INTO award (program_id, business_id, title, awarded_on, awarded_by) VALUES (?, ?, ?, ?, 'uji')")
                    .params(program, business, "UMKM Berprestasi " + i, today.date().minusDays(i)).update();
            jdbc.sql("""
                            INSERT INTO permit_handover (enrollment_id, program_id, business_id, region_code, award_title, handed_on,
                                                         photo_key, photo_width, photo_height, recorded_by)
                            SELECT enrollment_id, program_id, business_id, region_code, ?, handed_on, photo_key, 1, 1, 'uji'
                            FROM permit_handover WHERE id = ?""").params("Juara " + i, handover).update();
        }
        var many = StatementCount.during(() -> mvc.perform(get("/peserta/" + enrollment).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("UMKM Berprestasi 5"))));
        System.out.printf("[statements] GET /peserta/{id}: 1 journey entry %d, 13 entries %d%n", one.count(), many.count());
        assertThat(many.count()).as("one: %s%nmany: %s", one, many).isEqualTo(one.count());

        mvc.perform(get("/api/v1/programs/" + program + "/participants/" + enrollment + "/journey").with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(13))
                .andExpect(jsonPath("$[0].on").value(today.date().toString()))
                .andExpect(jsonPath("$[?(@.kind == 'HANDOVER' && @.title == 'Serah terima P-IRT')].photoHref")
                        .value("/serah-terima/" + handover + "/foto"));
    }

    @Test
    void badInputIsAFieldErrorAndNothingIsRecorded() throws Exception {
        long program = program();
        long enrollment = enrol(program, business());
        mvc.perform(handOver(enrollment, "PIRT", null, today.date().plusDays(1).toString(), null).with(user(MANAGER).roles("OFFICER")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
        mvc.perform(multipart("/api/v1/programs/" + program + "/participants/" + enrollment + "/journey")
                        .file(photo()).param("permit", "PIRT").param("award", "Juara").param("handedOn", today.date().toString())
                        .with(user(MANAGER).roles("OFFICER")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("award")));
        mvc.perform(multipart("/api/v1/programs/" + program + "/participants/" + enrollment + "/journey")
                        .file(new MockMultipartFile("photo", "x.png", "image/png", "not an image".getBytes()))
                        .param("permit", "HALAL").param("handedOn", today.date().toString())
                        .with(user(MANAGER).roles("OFFICER")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("photo")));
        assertThat(handovers(enrollment)).isZero();
    }

    @Test
    void anotherRegionsManagerNeitherSeesNorRecords() throws Exception {
        long program = program();
        long enrollment = enrol(program, business());
        String api = "/api/v1/programs/" + program + "/participants/" + enrollment + "/journey";
        mvc.perform(get(api).with(user(OTHER_REGION).roles("PROGRAM_MANAGER"))).andExpect(status().isNotFound());
        mvc.perform(multipart(api).file(photo()).param("permit", "PIRT").param("handedOn", today.date().toString())
                .with(user(OTHER_REGION).roles("PROGRAM_MANAGER")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(handOver(enrollment, "PIRT", null, today.date().toString(), photo()).with(user(OTHER_REGION).roles("PROGRAM_MANAGER")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        // while its own manager is offered the form
        mvc.perform(get("/peserta/" + enrollment).with(user(MANAGER).roles("OFFICER")))
                .andExpect(content().string(containsString("serah-terima\"")));
        assertThat(handovers(enrollment)).isZero();
    }

    @Test
    void theParticipantsFacilitatorRecordsAHandOverAndNoOtherFacilitatorDoes() throws Exception {
        long program = program();
        long enrollment = enrol(program, business());
        String api = "/api/v1/programs/" + program + "/participants/" + enrollment + "/journey";
        String facilitator = "pendamping.palangkaraya";
        var request = multipart(api).file(photo()).param("award", "Pelaku Usaha Teladan").param("handedOn", today.date().toString());
        mvc.perform(request.with(user(facilitator).roles("FACILITATOR")).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        assertThat(handovers(enrollment)).isZero();

        jdbc.sql("INSERT INTO assignment (enrollment_id, facilitator_id, assigned_by) SELECT ?, id, 'uji' FROM app_user WHERE username = ?")
                .params(enrollment, facilitator).update();
        mvc.perform(multipart(api).file(photo()).param("award", "Pelaku Usaha Teladan").param("handedOn", today.date().toString())
                        .with(user(facilitator).roles("FACILITATOR")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[?(@.kind == 'HANDOVER')].title").value("Serah terima Pelaku Usaha Teladan"));
        assertThat(handovers(enrollment)).isEqualTo(1);
    }

    @Test
    void theOwnerSeesTheJourneyButNoHandOverForm() throws Exception {
        // the owner of a seeded participant: the page opens, the timeline is there, the form is not
        var row = jdbc.sql("""
                        SELECT e.id, u.username FROM enrollment e JOIN registry_business b ON b.id = e.business_id
                        JOIN identity_user u ON u.id = b.owner_user_id WHERE e.status = 'ENROLLED' ORDER BY e.id LIMIT 1""")
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).optional();
        assertThat(row).as("a seeded participant whose owner has an account").isPresent();
        mvc.perform(get("/peserta/" + row.get().get(0)).with(user(row.get().get(1)).roles("OWNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"perjalanan\"")))
                .andExpect(content().string(not(containsString("name=\"handedOn\""))));
    }

    private int handovers(long enrollment) {
        return jdbc.sql("SELECT count(*) FROM permit_handover WHERE enrollment_id = ?").param(enrollment).query(Integer.class).single();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder handOver(
            long enrollment, String permit, String award, String date, MockMultipartFile photo) {
        var request = multipart("/peserta/" + enrollment + "/serah-terima");
        if (photo != null) {
            request.file(photo);
        }
        if (permit != null) {
            request.param("permit", permit);
        }
        if (award != null) {
            request.param("award", award);
        }
        request.param("handedOn", date).param("caption", "Diserahkan oleh Wali Kota");
        request.with(csrf());
        return request;
    }

    private static MockMultipartFile photo() throws java.io.IOException {
        return new MockMultipartFile("photo", "serah.png", "image/png", RegistryJourneyPhotos.png());
    }

    private long program() {
        var data = new ProgramData("Program Perjalanan " + System.nanoTime(), "uji", List.of("62.71"), today.date(), null,
                Set.of(PermitType.PIRT), Facilitation.CASELOAD, 60, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pendampingan", 30, null)), List.of());
        return AsUser.call(MANAGER, () -> programs.create(data));
    }

    private long business() {
        String name = "Keripik Perjalanan " + System.nanoTime();
        return AsUser.call(MANAGER, () -> businesses.register(new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(),
                Sector.PROCESSED_FOOD, "Jl. Uji", "62.71.01.1001", null, null, 2, 2020, null, new BigDecimal("90000000"),
                Premises.RESIDENCE, Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Pemilik " + name, null, null, null, null)), null));
    }

    private long enrol(long program, long business) {
        AsUser.run(MANAGER, () -> enrollments.enroll(program, List.of(business)));
        return jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? AND business_id = ?").params(program, business)
                .query(Long.class).single();
    }
}
