package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each form an If-Match header takes gets a clear answer from the API, never a 500 (issue 17): a weak tag 412, a list,
 * {@code *}, garbage or no header 422 naming the header, and the ETag as read updates the record.
 */
@IntegrationTest
class IfMatchFormsTest {

    static final String OFFICER = "petugas.dumai";

    @Autowired
    Businesses businesses;
    @Autowired
    MockMvc mvc;

    @Test
    void everyFormOfTheHeaderIsAnsweredWithAReason() throws Exception {
        long id = AsUser.call(OFFICER, () -> businesses.register(
                RegistryFixtures.business("Bolu Versi Tajam", "Mariam", "14.72.01.1006", Sector.PROCESSED_FOOD), null));
        String etag = mvc.perform(get("/api/v1/businesses/" + id).with(user(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).matches("\"\\d+\"");
        String version = etag.replace("\"", "");

        refused(update(id, "W/" + etag), 412, "api.ifMatch.weak");
        refused(update(id, etag + ", \"" + (Integer.parseInt(version) + 1) + "\""), 422, "api.ifMatch.single");
        refused(update(id, "*"), 422, "api.ifMatch.single");
        refused(update(id, "abc"), 422, "api.ifMatch.required");
        refused(update(id, "\"99999999999\""), 422, "api.ifMatch.required");
        refused(update(id, null), 422, "api.ifMatch.required");
        assertThat(AsUser.call(OFFICER, () -> businesses.get(id)).name()).isEqualTo("Bolu Versi Tajam");

        update(id, etag).andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (Integer.parseInt(version) + 1) + "\""))
                .andExpect(jsonPath("$.name").value("Bolu Versi Baru"));
    }

    private ResultActions update(long id, String ifMatch) throws Exception {
        String body = "{\"name\":\"Bolu Versi Baru\",\"legalForm\":\"PERORANGAN\",\"sector\":\"PROCESSED_FOOD\","
                + "\"regionCode\":\"14.72.01.1006\",\"owner\":{\"fullName\":\"Mariam\"}}";
        var request = put("/api/v1/businesses/" + id).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private static void refused(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }
}
