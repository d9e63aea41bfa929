package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16: an officer merges two records of the same business outside imports, with undo and audit. */
@IntegrationTest
class BusinessMergeTest {

    static final String PASSWORD = "Demo-2026!";
    static final String DUMAI = "14.72.01.1006";

    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    BusinessMerges merges;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    record Pair(long survivor, long absorbed, long product, long permit, long caseId, long movedEnrollment, long keptEnrollment,
                long survivorEnrollment) {
    }

    /** Two records of one bakery: the absorbed one has a NIB, a product with a permit and a case, and two enrolments. */
    private Pair pair(String name) {
        return AsUser.call("petugas.dumai", () -> {
            long s = businesses.register(RegistryFixtures.business(name, "Rosnah", DUMAI, Sector.PROCESSED_FOOD), null);
            String nib = "91200" + String.format("%08d", System.nanoTime() % 100_000_000L);
            long a = businesses.register(RegistryFixtures.withNib(
                    RegistryFixtures.business(name + " Rosnah", "Rosnah Binti Ali", DUMAI, Sector.PROCESSED_FOOD), nib), "daftar-lama " + name);
            long product = products.create(a, RegistryFixtures.snack("Bolu Kemojo " + name));
            long permit = jdbc.sql("INSERT INTO permit (business_id, product_id, region_code, type, number) VALUES (?, ?, ?, 'TRADEMARK', ?) RETURNING id")
                    .params(a, product, DUMAI, "IDM" + System.nanoTime() % 1_000_000_000L).query(Long.class).single();
            long caseId = jdbc.sql("""
                            INSERT INTO certification_case (business_id, product_id, region_code, permit_type, template_code, template_version, opened_by)
                            VALUES (?, ?, ?, 'PIRT', 'pirt', '1', 'petugas.dumai') RETURNING id""")
                    .params(a, product, DUMAI).query(Long.class).single();
            var programs = jdbc.sql("SELECT id FROM program ORDER BY id LIMIT 2").query(Long.class).list();
            assertThat(programs).hasSize(2);
            long sEnrollment = enrol(programs.get(0), s);
            long kept = enrol(programs.get(0), a);
            long moved = enrol(programs.get(1), a);
            return new Pair(s, a, product, permit, caseId, moved, kept, sEnrollment);
        });
    }

    private long enrol(long program, long business) {
        return jdbc.sql("INSERT INTO enrollment (program_id, business_id, region_code, status, applied_by) VALUES (?, ?, ?, 'ENROLLED', 'test') RETURNING id")
                .params(program, business, DUMAI).query(Long.class).single();
    }

    private String row(long id) {
        return jdbc.sql("SELECT (to_jsonb(b) - 'version' - 'updated_at')::text FROM business b WHERE id = ?").param(id).query(String.class).single();
    }

    private long owner(String table, long id) {
        return jdbc.sql("SELECT business_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM business WHERE id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void aMergeMovesEverythingHidesTheAbsorbedRecordAndAnUndoRestoresItExactly() {
        var p = pair("Bolu Gabung");
        String survivorBefore = row(p.survivor());
        String absorbedBefore = row(p.absorbed());
        String absorbedNib = jdbc.sql("SELECT nib FROM business WHERE id = ?").param(p.absorbed()).query(String.class).single();

        var comparison = AsUser.call("petugas.dumai", () -> merges.compare(p.survivor(), p.absorbed()));
        assertThat(comparison.rows()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("nib");
            assertThat(r.suggested()).as("the survivor has no NIB: the other's is the default").isEqualTo(BusinessMerges.Side.absorbed);
        });
        long mergeId = AsUser.call("petugas.dumai", () -> merges.merge(p.survivor(), version(p.survivor()), p.absorbed(),
                version(p.absorbed()), Map.of("name", "absorbed")));

        assertThat(owner("product", p.product())).isEqualTo(p.survivor());
        assertThat(owner("permit", p.permit())).isEqualTo(p.survivor());
        assertThat(owner("certification_case", p.caseId())).isEqualTo(p.survivor());
        assertThat(owner("enrollment", p.movedEnrollment())).isEqualTo(p.survivor());
        assertThat(owner("enrollment", p.keptEnrollment())).as("the same program twice: the survivor's enrolment is kept").isEqualTo(p.absorbed());
        assertThat(jdbc.sql("SELECT count(*) FROM business_source WHERE business_id = ? AND source = 'daftar-lama Bolu Gabung'").param(p.survivor())
                .query(Integer.class).single()).isEqualTo(1);
        var survivor = AsUser.call("petugas.dumai", () -> businesses.get(p.survivor()));
        assertThat(survivor.name()).isEqualTo("Bolu Gabung Rosnah");
        assertThat(survivor.nib()).isEqualTo(absorbedNib);
        assertThat(businesses.mergedInto(p.absorbed())).contains(p.survivor());
        var merge = AsUser.call("petugas.dumai", () -> merges.get(mergeId));
        assertThat(merge.undoable()).isTrue();
        assertThat(merge.moved().get("enrollment.business_id").kept()).containsExactly(String.valueOf(p.keptEnrollment()));

        var found = AsUser.call("petugas.dumai", () -> businesses.search(
                new SearchCriteria("Bolu Gabung Rosnah", null, null, null, null, null, null, null, null), null, 50));
        assertThat(found.items()).extracting(BusinessRow::id).contains(p.survivor()).doesNotContain(p.absorbed());
        assertThat(audit.historyOf("business", p.survivor())).anySatisfy(e -> assertThat(e.action()).isEqualTo("MERGE"));
        assertThat(audit.historyOf("business", p.absorbed())).anySatisfy(e -> assertThat(e.action()).isEqualTo("MERGE"));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> businesses.update(p.absorbed(), version(p.absorbed()),
                businesses.dataOf(p.absorbed())))).isInstanceOf(InvalidInput.class);

        AsUser.run("petugas.dumai", () -> merges.undo(mergeId));

        assertThat(row(p.survivor())).isEqualTo(survivorBefore);
        assertThat(row(p.absorbed())).isEqualTo(absorbedBefore);
        assertThat(owner("product", p.product())).isEqualTo(p.absorbed());
        assertThat(owner("permit", p.permit())).isEqualTo(p.absorbed());
        assertThat(owner("certification_case", p.caseId())).isEqualTo(p.absorbed());
        assertThat(owner("enrollment", p.movedEnrollment())).isEqualTo(p.absorbed());
        assertThat(owner("enrollment", p.survivorEnrollment())).isEqualTo(p.survivor());
        assertThat(jdbc.sql("SELECT business_id FROM business_source WHERE source = 'daftar-lama Bolu Gabung'").query(Long.class).list())
                .containsExactly(p.absorbed());
        assertThat(audit.historyOf("business", p.absorbed())).anySatisfy(e -> assertThat(e.action()).isEqualTo("MERGE_UNDONE"));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> merges.undo(mergeId)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("registry.merge.undo.done"));
    }

    @Test
    void anOfficerOfAnotherRegionCannotMergeAndAStaleVersionIsAConflict() throws Exception {
        var p = pair("Bolu Wilayah");
        int sv = version(p.survivor());
        int av = version(p.absorbed());
        assertThatThrownBy(() -> AsUser.run("petugas.bengkalis", () -> merges.merge(p.survivor(), sv, p.absorbed(), av, Map.of())))
                .isInstanceOf(NotFound.class);
        long bengkalis = AsUser.call("petugas.bengkalis", () -> businesses.register(
                RegistryFixtures.business("Bolu Bengkalis", "Rosnah", "14.03.01.2004", Sector.PROCESSED_FOOD), null));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> merges.merge(p.survivor(), sv, bengkalis, version(bengkalis), Map.of())))
                .isInstanceOf(NotFound.class);
        String body = "{\"absorbedId\":" + p.absorbed() + ",\"absorbedVersion\":" + av + "}";
        mvc.perform(post("/api/v1/businesses/" + p.survivor() + "/merge").with(httpBasic("petugas.bengkalis", PASSWORD))
                .header("If-Match", "\"" + sv + "\"").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        // someone edits the survivor after the officer compared: the merge is refused, nothing moves
        AsUser.run("manajer.dumai", () -> businesses.update(p.survivor(), sv,
                RegistryFixtures.withName(businesses.dataOf(p.survivor()), "Bolu Wilayah Baru")));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> merges.merge(p.survivor(), sv, p.absorbed(), av, Map.of())))
                .isInstanceOf(EditConflict.class);
        mvc.perform(post("/api/v1/businesses/" + p.survivor() + "/merge").with(httpBasic("petugas.dumai", PASSWORD))
                .header("If-Match", "\"" + sv + "\"").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
        assertThat(owner("product", p.product())).isEqualTo(p.absorbed());
        assertThat(businesses.mergedInto(p.absorbed())).isEmpty();

        // with the current versions, through the API, then an undo refused once the survivor changed
        String merged = mvc.perform(post("/api/v1/businesses/" + p.survivor() + "/merge").with(httpBasic("petugas.dumai", PASSWORD))
                        .header("If-Match", "\"" + version(p.survivor()) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"absorbedId\":" + p.absorbed() + ",\"absorbedVersion\":" + av + ",\"keep\":{\"address\":\"sideways\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("keep.address"))
                .andReturn().getResponse().getContentAsString();
        assertThat(merged).contains("survivor");
        String location = mvc.perform(post("/api/v1/businesses/" + p.survivor() + "/merge").with(httpBasic("petugas.dumai", PASSWORD))
                        .header("If-Match", "\"" + version(p.survivor()) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"absorbedId\":" + p.absorbed() + ",\"absorbedVersion\":" + av + ",\"keep\":{\"owner\":\"absorbed\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.keep.owner").value("absorbed"))
                .andReturn().getResponse().getHeader("Location");
        long mergeId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(owner("enrollment", p.movedEnrollment())).isEqualTo(p.survivor());
        mvc.perform(post("/api/v1/business-merges/" + mergeId + "/undo").with(httpBasic("petugas.bengkalis", PASSWORD)))
                .andExpect(status().isNotFound());

        AsUser.run("petugas.dumai", () -> businesses.update(p.survivor(), version(p.survivor()),
                RegistryFixtures.withName(businesses.dataOf(p.survivor()), "Bolu Wilayah Sesudah")));
        mvc.perform(post("/api/v1/business-merges/" + mergeId + "/undo").with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("registry.merge.undo.survivorChanged"));
        assertThat(owner("enrollment", p.movedEnrollment())).isEqualTo(p.survivor());
    }

    @Test
    void theOfficerComparesSideBySideMergesFromThePagesAndTheAbsorbedPageLeadsToTheSurvivor() throws Exception {
        var p = pair("Bolu Halaman");
        mvc.perform(get("/usaha/" + p.survivor()).with(user("petugas.dumai")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Gabungkan dengan usaha lain")));
        mvc.perform(get("/usaha/" + p.survivor() + "/gabung").param("q", "Bolu Halaman").with(user("petugas.dumai")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gabung?with=" + p.absorbed())));
        mvc.perform(get("/usaha/" + p.survivor() + "/gabung").param("with", String.valueOf(p.absorbed())).with(user("petugas.dumai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"keep.nib\"")))
                .andExpect(content().string(containsString("Bolu Halaman Rosnah")));
        mvc.perform(get("/usaha/" + p.survivor() + "/gabung").with(user("pendamping.palangkaraya")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/usaha/" + p.survivor() + "/gabung").with(user("petugas.dumai")).with(csrf())
                        .param("with", String.valueOf(p.absorbed())).param("version", String.valueOf(version(p.survivor())))
                        .param("absorbedVersion", String.valueOf(version(p.absorbed()))).param("keep.name", "absorbed"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/usaha/" + p.survivor()));
        assertThat(owner("product", p.product())).isEqualTo(p.survivor());
        mvc.perform(get("/usaha/" + p.absorbed()).with(user("petugas.dumai")))
                .andExpect(redirectedUrl("/usaha/" + p.survivor()))
                .andExpect(flash().attributeExists("mergedRedirect"));
        mvc.perform(get("/usaha/" + p.survivor()).with(user("petugas.dumai")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Batalkan penggabungan")));
        long mergeId = jdbc.sql("SELECT id FROM business_merge WHERE absorbed_id = ?").param(p.absorbed()).query(Long.class).single();
        mvc.perform(post("/penggabungan/" + mergeId + "/batal").with(user("petugas.dumai")).with(csrf()))
                .andExpect(redirectedUrl("/usaha/" + p.survivor())).andExpect(flash().attribute("notice", "registry.merge.undone"));
        assertThat(owner("product", p.product())).isEqualTo(p.absorbed());
    }

    @Test
    void anUndoIsRefusedNamingTheRowThatMovedSince() {
        var p = pair("Bolu Pindah");
        long other = AsUser.call("petugas.dumai", () -> businesses.register(
                RegistryFixtures.business("Bolu Lain Sekali", "Aminah", DUMAI, Sector.PROCESSED_FOOD), null));
        long mergeId = AsUser.call("petugas.dumai", () -> merges.merge(p.survivor(), version(p.survivor()), p.absorbed(),
                version(p.absorbed()), Map.of()));
        jdbc.sql("UPDATE enrollment SET business_id = ? WHERE id = ?").params(other, p.movedEnrollment()).update();
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> merges.undo(mergeId)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("registry.merge.undo.rowChanged");
                    assertThat(e.violations().get(0).args()).hasSize(2).element(1).isEqualTo(String.valueOf(p.movedEnrollment()));
                });
        assertThat(owner("product", p.product())).as("nothing moved back").isEqualTo(p.survivor());
        assertThat(businesses.mergedInto(p.absorbed())).contains(p.survivor());
        assertThat(List.of(mergeId)).isNotEmpty();
    }
}
