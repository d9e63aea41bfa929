package id.naikkelas.assessment;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static id.naikkelas.assessment.Answer.MET;
import static id.naikkelas.assessment.Answer.NOT_MET;
import static id.naikkelas.assessment.AssessmentFixtures.FACILITATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing checklists and level tables: versions are immutable, and an inspection keeps the
 * versions it started with. Uses its own codes, since the database is shared with other tests.
 */
@IntegrationTest
class AssessmentDefinitionsTest {

    /** One level: at most one deviation of any class is "A", anything else "B". */
    static final String LEVELS = """
            code: uji-level
            version: 1
            legal_basis: uji
            source_note: dibuat untuk uji
            levels:
              - {level: A, max: {minor: 1, major: 0, serious: 0, critical: 0}, meaning_id: baik, meaning_en: good,
                 inspection_frequency_id: setahun, inspection_frequency_en: yearly, inspection_interval: P1Y,
                 permit_may_be_issued: true}
              - {level: B, meaning_id: kurang, meaning_en: poor, inspection_frequency_id: sebulan,
                 inspection_frequency_en: monthly, inspection_interval: P1M, permit_may_be_issued: false,
                 unconfirmed: true, note: belum dicek}
            """;

    @Autowired
    AssessmentDefinitions definitions;
    @Autowired
    Inspections inspections;
    @Autowired
    Accounts accounts;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theBundledChecklistsAndLevelTableArePublishedAtStartup() {
        assertThat(definitions.currentChecklists()).extracting(ChecklistTemplate::code)
                .contains("cppb-irt", "cppob", "halal-readiness");
        assertThat(definitions.latestLevelRule("irtp-level").orElseThrow()).isEqualTo(LevelRule.loadDefault());
        String exported = AsUser.call("admin", () -> definitions.export(DefinitionKind.CHECKLIST, "cppb-irt", 1));
        assertThat(exported).as("the file as shipped, with its explanations").contains("# FILE FORMAT");
        assertThat(ChecklistTemplates.parse(exported, "export")).isEqualTo(definitions.checklist("cppb-irt", 1));
        assertThat(AsUser.call("admin", () -> definitions.versions()))
                .filteredOn(v -> v.kind() == DefinitionKind.LEVEL_RULE && v.code().equals("irtp-level")).singleElement()
                .satisfies(v -> assertThat(v.unconfirmed()).as("the data flags its rows unconfirmed").isTrue());
    }

    @Test
    void anInspectionKeepsItsChecklistVersionAfterANewOneIsPublished() {
        AsUser.run("admin", () -> definitions.publish(DefinitionKind.LEVEL_RULE, LEVELS));
        AsUser.run("admin", () -> definitions.publish(DefinitionKind.CHECKLIST, checklist(1, "Lantai bersih", "MINOR")));
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, "Dapur Versi");
        long old = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "uji-versi"));
        AsUser.run(FACILITATOR, () -> inspections.answer(old, "L.1", NOT_MET, null));

        var published = AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST,
                checklist(2, "Lantai dan dinding bersih", "CRITICAL")
                        + "      - {code: L.2, text_id: Ada tempat sampah tertutup, text_en: Covered bins, class: MAJOR}\n"));
        assertThat(published).isEqualTo(new Published(DefinitionKind.CHECKLIST, "uji-versi", 2, true));

        var kept = AsUser.call(FACILITATOR, () -> inspections.get(old));
        assertThat(kept.template().version()).isEqualTo(1);
        assertThat(kept.template().items()).extracting(ChecklistItem::code).containsExactly("L.1");
        assertThat(kept.summary().counts().minor()).as("still scored as version 1 classed it").isOne();
        assertThat(kept.summary().level().code()).isEqualTo("A");
        assertThatThrownBy(() -> AsUser.call(FACILITATOR, () -> inspections.answer(old, "L.2", MET, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("assessment.item.unknown"));
        var finished = AsUser.call(FACILITATOR, () -> inspections.finish(old));
        assertThat(finished.template().version()).isEqualTo(1);

        long next = AsUser.call(FACILITATOR, () -> inspections.start(kitchen.businessId(), null, "uji-versi"));
        var fresh = AsUser.call(FACILITATOR, () -> inspections.get(next));
        assertThat(fresh.template().version()).isEqualTo(2);
        AsUser.run(FACILITATOR, () -> inspections.answer(next, "L.1", NOT_MET, null));
        assertThat(AsUser.call(FACILITATOR, () -> inspections.get(next)).summary().level().code())
                .as("version 2 classes the same finding critical").isEqualTo("B");
        assertThat(AsUser.call(FACILITATOR, () -> inspections.history(kitchen.businessId())))
                .extracting(InspectionRow::templateVersion).containsExactly(2, 1);
    }

    @Test
    void aPublishedVersionNeverChanges() {
        AsUser.run("admin", () -> definitions.publish(DefinitionKind.LEVEL_RULE, LEVELS));
        String v1 = checklist(1, "Meja bersih", "MINOR").replace("uji-versi", "uji-tetap");
        assertThat(AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST, v1)).isNew()).isTrue();
        assertThat(AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST, "# sama, dengan komentar\n" + v1)).isNew())
                .as("the same content again changes nothing").isFalse();
        assertThatThrownBy(() -> AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST,
                v1.replace("class: MINOR", "class: MAJOR"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("assessment.definition.versionTaken");
                    assertThat(e.violations().get(0).args()).containsExactly("uji-tetap", 1, 2);
                });
        assertThat(definitions.checklist("uji-tetap", 1).items().get(0).deviationClass()).isEqualTo(DeviationClass.MINOR);
        assertThatThrownBy(() -> AsUser.call("admin", () -> definitions.publish(DefinitionKind.LEVEL_RULE,
                LEVELS.replace("meaning_id: baik", "meaning_id: bagus"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.definition.versionTaken"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE assessment_definition SET yaml = 'x' WHERE code = 'uji-tetap'").update())
                .as("not even the application can edit a published version").isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyAdministratorsPublishAndBrokenFilesAreExplained() {
        assertThatThrownBy(() -> AsUser.call(FACILITATOR, () -> definitions.publish(DefinitionKind.CHECKLIST, checklist(1, "x", "MINOR"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("petugas.palangkaraya", () -> definitions.versions())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST,
                checklist(1, "x", "SEDANG").replace("uji-versi", "uji-rusak"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("assessment.definition.invalid");
                    assertThat(e.violations().get(0).args().get(0).toString()).contains("item 'L.1'", "SEDANG");
                });
        assertThatThrownBy(() -> AsUser.call("admin", () -> definitions.publish(DefinitionKind.CHECKLIST,
                checklist(1, "x", "MINOR").replace("uji-versi", "uji-tanpa-level").replace("uji-level", "tidak-ada"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("assessment.definition.unknownLevelRule"));
        assertThat(definitions.latestChecklist("uji-rusak")).isEmpty();
    }

    @Test
    void theAdministratorsScreenListsVersionsExportsAndImports() throws Exception {
        AsUser.run("admin", () -> definitions.publish(DefinitionKind.LEVEL_RULE, LEVELS));
        mvc.perform(get("/admin/penilaian").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("irtp-level")))
                .andExpect(content().string(containsString("Tabel level ini belum terkonfirmasi")));
        mvc.perform(get("/admin/penilaian").with(user("petugas.palangkaraya").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/penilaian/LEVEL_RULE/irtp-level/1").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("irtp-level-v1.yml")))
                .andExpect(content().string(containsString("HOW THE TABLE IS READ")));
        mvc.perform(post("/admin/penilaian").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("kind", "CHECKLIST").param("yaml", "code: [tidak valid"))
                .andExpect(redirectedUrl("/admin/penilaian"))
                .andExpect(flash().attribute("yamlInput", "code: [tidak valid"));
        mvc.perform(post("/admin/penilaian").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("kind", "CHECKLIST").param("yaml", checklist(1, "Dinding bersih", "MINOR").replace("uji-versi", "uji-layar")))
                .andExpect(flash().attribute("notice", "assessment.definition.published"));
        assertThat(definitions.latestChecklist("uji-layar")).isPresent();
    }

    private static String checklist(int version, String floor, String floorClass) {
        return """
                code: uji-versi
                version: %d
                title_id: Daftar periksa uji versi
                title_en: Version test checklist
                legal_basis: uji
                source_notes: dibuat untuk uji
                level_rule: uji-level
                sections:
                  - code: L
                    title_id: Lantai
                    title_en: Floor
                    items:
                      - {code: L.1, text_id: %s, text_en: Clean floor, class: %s}
                """.formatted(version, floor, floorClass);
    }
}
