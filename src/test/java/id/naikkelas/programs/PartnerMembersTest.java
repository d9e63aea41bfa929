package id.naikkelas.programs;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 part 3: a partner organisation's members facilitate in the programs it partners in while its MoU is in
 * force; the partner sees their participants and its contribution, and every link it is shown opens.
 */
@IntegrationTest
class PartnerMembersTest {

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLinkAPartnerMemberIsShownOpens() throws Exception {
        var seen = new LinkedHashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        queue.add("/");
        while (!queue.isEmpty() && seen.size() < 400) {
            String path = queue.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            var response = mvc.perform(get(path).with(user("mitra.demo").roles("PARTNER"))).andReturn().getResponse();
            seen.put(path, response.getStatus());
            if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
                local(response.getRedirectedUrl()).ifPresent(queue::add);
                continue;
            }
            if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                var links = HREF.matcher(response.getContentAsString());
                while (links.find()) {
                    local(links.group(1).replace("&amp;", "&")).filter(p -> !seen.containsKey(p)).ifPresent(queue::add);
                }
            }
        }
        var broken = new LinkedHashMap<String, Integer>();
        seen.forEach((path, code) -> {
            if (code >= 400) {
                broken.put(path, code);
            }
        });
        assertThat(broken).as("links a partner is shown that do not open").isEmpty();
        assertThat(seen.keySet()).contains("/mitra", "/mitra/peserta", "/mitra/kontribusi")
                .anyMatch(p -> p.matches("/peserta/\\d+"))
                .anyMatch(p -> p.matches("/program/\\d+/mitra/\\d+"))
                .anyMatch(p -> p.matches("/program/\\d+/mitra/\\d+/dokumen"));
    }

    /** A link within the site, without its fragment; not the sign-out, the language switch or static files. */
    private static java.util.Optional<String> local(String href) {
        String path = href.startsWith("http://localhost") ? href.substring("http://localhost".length()) : href;
        int hash = path.indexOf('#');
        path = hash >= 0 ? path.substring(0, hash) : path;
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/logout") || path.matches("/(css|js|img|webjars)/.*")
                || path.contains("lang=")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(path);
    }

    @Test
    void aPartnerSeesItsMembersParticipantsAndContributionButNotOtherProgramsParticipants() throws Exception {
        long berdikari = program("UMKM Berdikari");
        mvc.perform(get("/api/v1/partner/participants").with(user("mitra.demo").roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].programId", hasItem((int) berdikari)))
                .andExpect(jsonPath("$[*].facilitatorName", hasItem("Nadia Putri Anggraini")));
        mvc.perform(get("/api/v1/partner/contribution").with(user("mitra.demo").roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programs.members", greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.programs.programs[?(@.programId == " + berdikari + ")].participants", hasItem(greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.programs.programs[?(@.programId == " + berdikari + ")].visitsDone", hasItem(greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.programs.programs[?(@.programId == " + berdikari + ")].mouInForce", hasItem(true)));
        mvc.perform(get("/api/v1/partner/contribution").with(user("petugas.dumai").roles("OFFICER"))).andExpect(status().isForbidden());

        long member = jdbc.sql("""
                        SELECT a.enrollment_id FROM assignment a JOIN app_user u ON u.id = a.facilitator_id
                        WHERE u.username = 'mahasiswa.upr' AND a.ended_at IS NULL LIMIT 1""").query(Long.class).single();
        mvc.perform(get("/peserta/{id}", member).with(user("mitra.demo").roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nadia Putri Anggraini")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("/tahap"))))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("/usaha/"))));
        long sedapParticipant = jdbc.sql("SELECT e.id FROM enrollment e JOIN program p ON p.id = e.program_id WHERE p.name LIKE 'SEDAP MALAM%' LIMIT 1")
                .query(Long.class).single();
        mvc.perform(get("/peserta/{id}", sedapParticipant).with(user("mitra.demo").roles("PARTNER"))).andExpect(status().isNotFound());
    }

    @Test
    void theMouHasScopeAndDocumentAndStopsNewAssignmentsWhenItEnds() throws Exception {
        long berdikari = program("UMKM Berdikari");
        long university = jdbc.sql("SELECT id FROM agency WHERE name = 'Universitas Palangka Raya'").query(Long.class).single();
        mvc.perform(get("/api/v1/programs/{id}/partners/{a}/mou", berdikari, university).with(user("petugas.palangkaraya")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCodes[0]").value("62.71"))
                .andExpect(jsonPath("$.activities", hasItem("FACILITATION")))
                .andExpect(jsonPath("$.documentName").isNotEmpty());
        mvc.perform(get("/api/v1/programs/{id}/partners/{a}/mou/document", berdikari, university).with(user("mitra.demo").roles("PARTNER")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        // another region's manager does not even see the program
        mvc.perform(get("/api/v1/programs/{id}/partners/{a}/mou", berdikari, university).with(user("manajer.dumai")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/programs/{id}/partners/{a}/mou", berdikari, university).with(user("mitra.demo").roles("PARTNER"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"regionCodes\": [], \"activities\": []}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/programs/{id}/partners/{a}/mou", berdikari, university).with(user("petugas.palangkaraya"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"regionCodes\": [\"14.72\"], \"activities\": []}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regionCodes"));

        long open = jdbc.sql("""
                        SELECT e.id FROM enrollment e WHERE e.program_id = ? AND e.status = 'ENROLLED' AND e.region_code LIKE '62.71.%'
                        ORDER BY e.id DESC LIMIT 1""").param(berdikari).query(Long.class).single();
        long student = jdbc.sql("SELECT id FROM app_user WHERE username = 'mahasiswa.upr'").query(Long.class).single();
        mvc.perform(get("/api/v1/enrollments/{id}/facilitator-suggestions", open).with(user("petugas.palangkaraya")))
                .andExpect(jsonPath("$[*].userId", hasItem((int) student)));
        var ends = jdbc.sql("SELECT mou_expires_on FROM program_partner WHERE program_id = ? AND agency_id = ?").params(berdikari, university)
                .query(java.time.LocalDate.class).single();
        try {
            jdbc.sql("UPDATE program_partner SET mou_expires_on = DATE '2026-01-31' WHERE program_id = ? AND agency_id = ?")
                    .params(berdikari, university).update();
            mvc.perform(get("/api/v1/enrollments/{id}/facilitator-suggestions", open).with(user("petugas.palangkaraya")))
                    .andExpect(jsonPath("$[*].userId", not(hasItem((int) student))));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/enrollments/{id}/facilitator", open)
                            .with(user("petugas.palangkaraya")).contentType(MediaType.APPLICATION_JSON).content("{\"facilitatorId\": " + student + "}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.reason").value("MOU_NOT_CURRENT"));
        } finally {
            jdbc.sql("UPDATE program_partner SET mou_expires_on = ? WHERE program_id = ? AND agency_id = ?").params(ends, berdikari, university).update();
        }
    }

    private long program(String name) {
        return jdbc.sql("SELECT id FROM program WHERE name = ?").param(name).query(Long.class).single();
    }
}
