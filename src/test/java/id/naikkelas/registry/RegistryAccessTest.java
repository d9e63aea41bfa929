package id.naikkelas.registry;

import id.naikkelas.Assignments;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An officer of one region can neither read nor change another region's records, through pages or the API. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessTest {

    static final String PASSWORD = "Demo-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;

    long bengkalis;
    long bengkalisProduct;
    long bandarLampung;
    String bengkalisNik;

    @BeforeAll
    void setUp() {
        var data = RegistryFixtures.business("Dodol Bengkalis Akses", "Rosnah", "14.03.01.2004", Sector.PROCESSED_FOOD);
        bengkalisNik = data.owner().nik();
        bengkalis = AsUser.call("petugas.bengkalis", () -> businesses.register(data, null));
        bengkalisProduct = AsUser.call("petugas.bengkalis", () -> products.create(bengkalis, RegistryFixtures.snack("Dodol")));
        bandarLampung = AsUser.call("petugas.lampung", () -> businesses.register(
                RegistryFixtures.business("Kemplang Panggang Akses", "Yuliana", "18.71.01.1004", Sector.PROCESSED_FOOD), null));
    }

    @Test
    void dumaiOfficerCannotReadBengkalisThroughPages() throws Exception {
        mvc.perform(get("/usaha/" + bengkalis).with(user("petugas.dumai"))).andExpect(status().isNotFound());
        mvc.perform(get("/usaha/" + bengkalis + "/ubah").with(user("petugas.dumai"))).andExpect(status().isNotFound());
        mvc.perform(get("/produk/" + bengkalisProduct).with(user("petugas.dumai"))).andExpect(status().isNotFound());
        mvc.perform(get("/usaha").param("q", "Dodol Bengkalis Akses").with(user("petugas.dumai")))
                .andExpect(content().string(not(containsString("href=\"/usaha/" + bengkalis + "\""))));
        mvc.perform(get("/usaha").param("q", "Dodol Bengkalis Akses").with(user("petugas.bengkalis")))
                .andExpect(content().string(containsString("href=\"/usaha/" + bengkalis + "\"")));
        mvc.perform(get("/usaha/" + bengkalis).with(user("petugas.bengkalis"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dodol Bengkalis Akses")));
    }

    @Test
    void dumaiOfficerCannotChangeBengkalisThroughPagesAndNothingChanges() throws Exception {
        int version = versionOf(bengkalis);
        mvc.perform(post("/usaha/" + bengkalis).with(user("petugas.dumai")).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Diubah Dumai").param("sector", "PROCESSED_FOOD")
                        .param("legalForm", "PERORANGAN").param("regionCode", "14.03.01.2004").param("owner.fullName", "X"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/usaha/" + bengkalis + "/verifikasi").with(user("petugas.dumai")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/usaha/" + bengkalis + "/produk").with(user("petugas.dumai")).with(csrf()).param("name", "Sisipan"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT name || status || version FROM business WHERE id = ?").param(bengkalis).query(String.class).single())
                .isEqualTo("Dodol Bengkalis AksesDRAFT" + version);
        assertThat(jdbc.sql("SELECT count(*) FROM product WHERE business_id = ?").param(bengkalis).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void dumaiOfficerCannotReadOrChangeBengkalisThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/products/" + bengkalisProduct).with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/businesses/" + bengkalis).with(httpBasic("petugas.dumai", PASSWORD))
                        .header("If-Match", "\"" + versionOf(bengkalis) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Diubah API\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\",\"regionCode\":\"14.03.01.2004\",\"owner\":{\"fullName\":\"X\"}}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/businesses/" + bengkalis + "/verify").with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/businesses").param("q", "Dodol Bengkalis Akses").with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == " + bengkalis + ")]").isEmpty());
        mvc.perform(get("/api/v1/businesses/" + bengkalis)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT name FROM business WHERE id = ?").param(bengkalis).query(String.class).single()).isEqualTo("Dodol Bengkalis Akses");
    }

    @Test
    void provinceOfficerSeesItsCities() throws Exception {
        mvc.perform(get("/api/v1/businesses/" + bandarLampung).with(httpBasic("petugas.lampung", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Kemplang Panggang Akses"));
        mvc.perform(get("/usaha/" + bandarLampung).with(user("petugas.lampung"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("petugas.lampung", PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void nikIsShownInFullOnlyToOfficersOfTheRegion() throws Exception {
        mvc.perform(get("/usaha/" + bengkalis).with(user("petugas.bengkalis"))).andExpect(content().string(containsString(bengkalisNik)));
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("admin", PASSWORD))).andExpect(jsonPath("$.owner.nik").value(bengkalisNik));
        // a facilitator of another province cannot see the record at all; a Riau facilitator sees it masked once assigned to it
        jdbc.sql("UPDATE app_user SET region_codes = '{14}' WHERE username = 'pendamping.palangkaraya'").update();
        try {
            mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("pendamping.palangkaraya", PASSWORD)))
                    .andExpect(status().isNotFound());
            Assignments.assign(jdbc, "pendamping.palangkaraya", bengkalis);
            mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("pendamping.palangkaraya", PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.owner.nik").value(bengkalisNik.substring(0, 4) + "••••••••" + bengkalisNik.substring(12)))
                    .andExpect(jsonPath("$.permissions.edit").value(false));
        } finally {
            Assignments.unassign(jdbc, "pendamping.palangkaraya", bengkalis);
            jdbc.sql("UPDATE app_user SET region_codes = '{}' WHERE username = 'pendamping.palangkaraya'").update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE changes::text LIKE ?").param("%" + bengkalisNik + "%")
                .query(Integer.class).single()).as("the audit trail keeps NIKs masked").isZero();
    }

    @Test
    void noNikIsStoredInClearAnywhereInTheOwnerTable() {
        // every column of every owner row, as text: the NIK appears in none (sealed, hashed and masked only)
        assertThat(jdbc.sql("SELECT count(*) FROM owner o WHERE row_to_json(o)::text LIKE ?").param("%" + bengkalisNik + "%")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'owner' AND column_name = 'nik'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM owner WHERE nik_sealed IS NOT NULL AND nik_hash IS NOT NULL")
                .query(Integer.class).single()).isGreaterThan(200);
    }

    @Test
    void ownersSeeOnlyTheirOwnBusinessesAndPartnersNone() throws Exception {
        mvc.perform(get("/usaha/" + bengkalis).with(user("pemilik.demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/businesses/" + bengkalis).with(httpBasic("pemilik.demo", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/usaha").with(user("mitra.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/businesses").with(httpBasic("pembeli.demo", PASSWORD))).andExpect(status().isForbidden());
    }

    private int versionOf(long id) {
        return jdbc.sql("SELECT version FROM business WHERE id = ?").param(id).query(Integer.class).single();
    }
}
