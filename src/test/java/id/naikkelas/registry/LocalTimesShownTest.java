package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A time on a page is the local time of the place it happened, with its zone: a Denpasar business's history is in WITA. */
@IntegrationTest
class LocalTimesShownTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHistoryOfABaliBusinessShowsItsChangesInWitaInBothLanguages() throws Exception {
        var data = new BusinessData("Pie Susu Waktu Bali", LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                "Jl. Uji Waktu 1", "51.71.01.1001", null, null, 2, 2020, null, new BigDecimal("90000000"), Premises.RESIDENCE,
                Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Pemilik Waktu Bali", null, "P", null, null));
        long id = AsUser.call("admin", () -> businesses.register(data, null));
        var created = jdbc.sql("SELECT min(occurred_at) FROM audit_event WHERE entity_type = 'business' AND entity_id = ?")
                .param(String.valueOf(id)).query(OffsetDateTime.class).single();
        var bali = created.atZoneSameInstant(ZoneId.of("Asia/Makassar"));

        String indonesian = page(id, "id");
        assertThat(indonesian).contains(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.forLanguageTag("id")).format(bali) + " WITA")
                .doesNotContain(" WIB ·");
        String english = page(id, "en");
        assertThat(english).contains(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH).format(bali) + " WITA");
    }

    private String page(long id, String language) throws Exception {
        return mvc.perform(get("/usaha/" + id).with(user("admin")).cookie(new jakarta.servlet.http.Cookie("lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
