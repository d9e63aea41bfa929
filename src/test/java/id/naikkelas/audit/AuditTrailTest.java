package id.naikkelas.audit;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void recordsOnlyTheFieldsThatChangedWithBeforeAndAfter() {
        audit.changed("test-entity", 41, "14.72", Map.of("name", "Keripik Bu Siti", "workers", 3, "city", "Dumai"),
                Map.of("name", "Keripik Ibu Siti", "workers", 3, "city", "Dumai"));
        audit.changed("test-entity", 41, "14.72", Map.of("name", "same"), Map.of("name", "same"));

        var history = audit.historyOf("test-entity", 41);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).action()).isEqualTo("UPDATE");
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(history.get(0).changes()).containsOnlyKeys("name");
        assertThat(history.get(0).changes().get("name")).isEqualTo(new AuditTrail.Change("Keripik Bu Siti", "Keripik Ibu Siti"));
    }

    @Test
    void theTrailIsAppendOnlyEvenForTheApplicationsOwnDatabaseUser() {
        audit.created("test-entity", 42, null, Map.of("name", "x"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone' WHERE entity_id = '42'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE entity_id = '42'").update())
                .hasMessageContaining("append-only");
        assertThat(audit.historyOf("test-entity", 42)).hasSize(1);
    }

    @Test
    void administratorsSearchTheTrailByEntity() throws Exception {
        audit.created("searchable", 7, null, Map.of("name", "Kopi Lampung"));
        mvc.perform(get("/admin/audit").param("entityType", "searchable").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kopi Lampung")));
        mvc.perform(get("/admin/audit").param("entityType", "no-such-type").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Kopi Lampung"))));
    }

    @Test
    void theRecordKindIsChosenFromTheKindsInWords() throws Exception {
        String page = mvc.perform(get("/admin/audit").param("entityType", "training_event")
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en")).with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<select name=\"entityType\">")
                .containsPattern("<option value=\"training_event\" selected=\"selected\">Training event</option>")
                .containsPattern("<option value=\"business\">Business</option>")
                .doesNotContain("placeholder=\"business\"");
    }
}
