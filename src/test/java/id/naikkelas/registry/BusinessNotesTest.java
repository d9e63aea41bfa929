package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A business's free notes (issue 16): on the profile, the form and the API, bounded at 2,000 characters. */
@IntegrationTest
class BusinessNotesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Businesses businesses;

    @Test
    void notesAreEditedOnTheFormAndTheApiAndShownOnTheProfile() throws Exception {
        long id = AsUser.call("petugas.dumai", () -> businesses.register(
                RegistryFixtures.business("Roti Jala Catatan", "Fatimah", "14.72.01.1006", Sector.PROCESSED_FOOD), null));
        var read = AsUser.call("petugas.dumai", () -> businesses.get(id));
        assertThat(read.notes()).isNull();
        mvc.perform(post("/usaha/" + id).with(user("petugas.dumai")).with(csrf())
                        .param("version", String.valueOf(read.version())).param("name", "Roti Jala Catatan")
                        .param("sector", "PROCESSED_FOOD").param("legalForm", "PERORANGAN").param("regionCode", "14.72.01.1006")
                        .param("owner.fullName", "Fatimah").param("notes", "  ikut bazar Desember  "))
                .andExpect(status().is3xxRedirection());
        assertThat(AsUser.call("petugas.dumai", () -> businesses.get(id)).notes()).isEqualTo("ikut bazar Desember");
        mvc.perform(get("/usaha/" + id).with(user("petugas.dumai")))
                .andExpect(content().string(containsString("ikut bazar Desember")));

        String etag = mvc.perform(get("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", "Demo-2026!")))
                .andExpect(jsonPath("$.notes").value("ikut bazar Desember"))
                .andReturn().getResponse().getHeader("ETag");
        String tooLong = "x".repeat(BusinessData.NOTES_MAX + 1);
        String body = "{\"name\":\"Roti Jala Catatan\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\","
                + "\"regionCode\":\"14.72.01.1006\",\"owner\":{\"fullName\":\"Fatimah\"},\"notes\":\"%s\"}";
        mvc.perform(put("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", "Demo-2026!")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(tooLong)))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("notes")));
        mvc.perform(put("/api/v1/businesses/" + id).with(httpBasic("petugas.dumai", "Demo-2026!")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("sudah PKP")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("sudah PKP"));
        // a client written before notes existed leaves them out: the old constructor gives none
        assertThat(new BusinessData("a", LegalForm.PERORANGAN, null, null, List.of(), Sector.OTHER, null, "14.72.01.1006", null, null,
                null, null, null, null, null, null, null, null, null, null, null).notes()).isNull();
    }

    @Test
    void importedNoteLinesAreAppendedOnceAndCutVisibly() {
        assertThat(BulkRegistration.appendedNotes(null, List.of("a", " a ", "", "b"), 2000)).isEqualTo("a\nb");
        assertThat(BulkRegistration.appendedNotes("a\nb", List.of("b", "a"), 2000)).isEqualTo("a\nb");
        assertThat(BulkRegistration.appendedNotes("typed by hand", List.of("from the list"), 2000)).isEqualTo("typed by hand\nfrom the list");
        assertThat(BulkRegistration.appendedNotes(null, List.of(), 2000)).isNull();
        String cut = BulkRegistration.appendedNotes(null, List.of("y".repeat(2500)), 2000);
        assertThat(cut).hasSize(2000).endsWith("…");
        assertThat(BulkRegistration.appendedNotes(cut, List.of("y".repeat(2500), "more"), 2000)).as("a full note takes nothing more")
                .isEqualTo(cut);
    }
}
