package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistryEditingTest {

    static final String PASSWORD = "Demo-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoPeopleEditingTheSameBusinessGetAConflictAndTheFirstChangeIsKept() throws Exception {
        long id = AsUser.call("petugas.dumai", () -> businesses.register(
                RegistryFixtures.business("Bolu Kemojo Konflik", "Mariam", "14.72.01.1006", Sector.PROCESSED_FOOD), null));
        var read = AsUser.call("petugas.dumai", () -> businesses.get(id));
        var data = AsUser.call("petugas.dumai", () -> businesses.dataOf(id));

        AsUser.run("manajer.dumai", () -> businesses.update(id, read.version(), RegistryFixtures.withName(data, "Bolu Kemojo Mariam")));
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> businesses.update(id, read.version(),
                RegistryFixtures.withName(data, "Bolu Kemojo Lain")))).isInstanceOf(EditConflict.class);
        assertThat(name(id)).isEqualTo("Bolu Kemojo Mariam");

        // the page keeps what the second person typed and explains the conflict
        mvc.perform(post("/usaha/" + id).with(user("petugas.dumai")).with(csrf())
                        .param("version", String.valueOf(read.version())).param("name", "Bolu Kemojo Halaman")
                        .param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN").param("regionCode", "14.72.01.1006")
                        .param("owner.fullName", "Mariam"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah diubah orang lain")))
                .andExpect(content().string(containsString("Bolu Kemojo Halaman")));
        // the API answers 409 for a stale ETag and 422 without one
        String body = "{\"name\":\"Bolu API\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\",\"regionCode\":\"14.72.01.1006\",\"owner\":{\"fullName\":\"Mariam\"}}";
        mvc.perform(put("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", PASSWORD)).header("If-Match", "\"" + read.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnprocessableContent());
        assertThat(name(id)).isEqualTo("Bolu Kemojo Mariam");

        String etag = mvc.perform(get("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", PASSWORD)))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", PASSWORD)).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Bolu API"));
        assertThat(AsUser.call("admin", () -> businesses.get(id)).owner().nik()).as("a masked or absent NIK in an update keeps nothing else")
                .isNull();
    }

    @Test
    void anAmountBeyondSixteenDigitsIsAFieldErrorNotAServerError() throws Exception {
        // 1e999999999 spelled out would be a billion digits
        for (String amount : List.of("1e999999999", "10000000000000000")) {
            String body = "{\"name\":\"Bolu Besar\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\",\"regionCode\":\"14.72.01.1006\","
                    + "\"capital\":" + amount + ",\"owner\":{\"fullName\":\"Ani\"}}";
            mvc.perform(post("/api/v1/businesses").with(httpBasic("petugas.dumai", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[?(@.field == 'capital')].code").value("registry.amount.tooLarge"));
        }
    }

    @Test
    void invalidInputIsRejectedFieldByFieldInTheUsersLanguageAndNothingIsSaved() throws Exception {
        int before = count();
        String body = "{\"name\":\"\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\",\"nib\":\"12345\",\"regionCode\":\"14.72\","
                + "\"owner\":{\"fullName\":\"Ani\",\"nik\":\"1472013102850001\",\"phone\":\"12\"}}";
        mvc.perform(post("/api/v1/businesses").with(httpBasic("petugas.dumai", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Wajib diisi."))
                .andExpect(jsonPath("$.errors[?(@.field == 'nib')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].code").value("registry.region.tooCoarse"))
                .andExpect(jsonPath("$.errors[?(@.field == 'owner.nik')].code").value("validation.nik.birthdate"))
                .andExpect(jsonPath("$.errors[?(@.field == 'owner.phone')]").isNotEmpty());
        mvc.perform(post("/api/v1/businesses").with(httpBasic("petugas.dumai", PASSWORD)).locale(Locale.ENGLISH)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("This field is required."));
        mvc.perform(post("/usaha").with(user("petugas.dumai")).with(csrf()).param("name", "Sambal Lado")
                        .param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN").param("regionCode", "14.72.01.1006")
                        .param("owner.fullName", "Ani").param("capital", "1,5 juta").param("workers", "tiga"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi dengan angka bulat")));
        mvc.perform(post("/usaha").with(user("petugas.dumai")).with(csrf()).param("name", "Sambal Lado")
                        .param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN").param("regionCode", "14.72.01.1006")
                        .param("owner.fullName", "Ani").param("capital", "1,5 juta"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis jumlah rupiah dengan angka")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotRegisterABusinessOutsideTheJurisdiction() {
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> businesses.register(
                RegistryFixtures.business("Di Luar Wilayah", "Ani", "14.03.01.2004", Sector.PROCESSED_FOOD), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theSameNibCannotBeRegisteredTwice() {
        var first = RegistryFixtures.withNib(RegistryFixtures.business("Lempok Durian A", "Ani", "14.72.01.1008", Sector.PROCESSED_FOOD), "9120007654321");
        AsUser.run("petugas.dumai", () -> businesses.register(first, null));
        var second = RegistryFixtures.withNib(RegistryFixtures.business("Lempok Durian B", "Ina", "14.72.01.1008", Sector.PROCESSED_FOOD), "9120007654321");
        assertThatThrownBy(() -> AsUser.run("petugas.dumai", () -> businesses.register(second, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("registry.nib.taken"));
    }

    @Test
    void anOwnerSignsUpWithABusinessInOneStepOrNotAtAll() throws Exception {
        int before = count();
        mvc.perform(post("/daftar").with(csrf()).param("username", "bu.ratna").param("password", "pendek")
                        .param("name", "Kue Bangkit Ratna").param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN")
                        .param("regionCode", "14.03.01.2004").param("owner.fullName", "Ratna Dewi").param("owner.phone", "0812-6655-4433"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'bu.ratna'").query(Integer.class).single()).isZero();

        mvc.perform(post("/daftar").with(csrf()).param("username", "bu.ratna").param("password", "Kue-Bangkit-2026")
                        .param("name", "Kue Bangkit Ratna").param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN")
                        .param("regionCode", "14.03.01.2004").param("owner.fullName", "Ratna Dewi").param("owner.phone", "0812-6655-4433"))
                .andExpect(redirectedUrlPattern("/usaha/*"));
        assertThat(jdbc.sql("""
                        SELECT b.status || '|' || o.phone || '|' || u.phone || '|' || u.roles[1] FROM business b JOIN owner o ON o.id = b.owner_id
                        JOIN app_user u ON u.id = o.user_id WHERE b.name = 'Kue Bangkit Ratna'""").query(String.class).single())
                .isEqualTo("DRAFT|+6281266554433|+6281266554433|OWNER"); // the account keeps the owner's phone in the same form
    }

    private String name(long id) {
        return jdbc.sql("SELECT name FROM business WHERE id = ?").param(id).query(String.class).single();
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM business").query(Integer.class).single();
    }
}
