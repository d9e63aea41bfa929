package id.naikkelas.imports;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import API end to end: upload, refusal of the same file, mapping with a template, start, progress, rejected rows, export. */
@IntegrationTest
class ImportApiTest {

    static final String PASSWORD = "Demo-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ImportJobs jobs;

    @Test
    void uploadMapStartFollowAndReadTheRejectedRows() throws Exception {
        byte[] csv = ("Nama Usaha,Nama Pemilik,Kec,Desa\nKerupuk Ikan Sungai Kahayan,Dayang Sumbi,Pahandut,Langkai\n"
                + "Teh Kelakai Bu Nyai,Nyai Isah,Kecamatan Tidak Ada,\n").getBytes(StandardCharsets.UTF_8);
        var file = new MockMultipartFile("file", "kalteng.csv", "text/csv", csv);
        String body = mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("MAPPING"))
                .andExpect(jsonPath("$.mapping.BUSINESS_NAME").value(0))
                .andExpect(jsonPath("$.mapping.DISTRICT").value(2))
                .andExpect(jsonPath("$.columns[1].header").value("Nama Pemilik"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Location", "/api/v1/imports/" + id))
                .andExpect(jsonPath("$.existingImport").value("/api/v1/imports/" + id));

        mvc.perform(put("/api/v1/imports/" + id + "/mapping").with(httpBasic("petugas.palangkaraya", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":{\"BUSINESS_NAME\":0,\"OWNER_NAME\":1,\"DISTRICT\":0},\"templateName\":\"Daftar Kalteng\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("imports.mapping.columnTwice"));
        mvc.perform(put("/api/v1/imports/" + id + "/mapping").with(httpBasic("petugas.palangkaraya", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":{\"BUSINESS_NAME\":0,\"OWNER_NAME\":1,\"DISTRICT\":2,\"VILLAGE\":3},\"templateName\":\"Daftar Kalteng\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/imports/" + id + "/start").with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isAccepted());

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state;
        do {
            Thread.sleep(100);
            state = json.readTree(mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("petugas.palangkaraya", PASSWORD)))
                    .andReturn().getResponse().getContentAsString()).get("status").asString();
        } while (!state.equals("COMPLETED") && System.nanoTime() < deadline);
        assertThat(state).isEqualTo("COMPLETED");
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(jsonPath("$.counts.read").value(2)).andExpect(jsonPath("$.counts.created").value(1))
                .andExpect(jsonPath("$.counts.rejected").value(1));
        mvc.perform(get("/api/v1/imports/" + id + "/rejected").header("Accept-Language", "en")
                        .with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(jsonPath("$[0].line").value(3))
                .andExpect(jsonPath("$[0].reasons[0].column").value("C (Kec)"))
                .andExpect(jsonPath("$[0].reasons[0].message").value(containsString("not found in your jurisdiction")));
        mvc.perform(get("/api/v1/imports/" + id + "/rejected.xlsx").with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(Downloads.XLSX));
        mvc.perform(get("/api/v1/imports/templates").with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(jsonPath("$[*].name", hasItem("Daftar Kalteng")));
        mvc.perform(get("/api/v1/imports/reviews").with(httpBasic("petugas.palangkaraya", PASSWORD))).andExpect(status().isOk());
        // another agency's officer does not see this import at all
        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("petugas.dumai", PASSWORD))).andExpect(status().isNotFound());
        // owners do not import
        mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic("pemilik.demo", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theMandatoryFieldsAndTheVillageFallbackAreChosenWithTheMapping() throws Exception {
        byte[] csv = ("Nama Usaha;Nama Pemilik;No HP;Kecamatan;Desa\nTeh Kelakai Bu Nyai;Nyai Isah;-;Pahandut;Desa Antah\n"
                + "Kerupuk Basah Kahayan;Utuh Ramli;0812-5200-0001;Pahandut;Desa Antah\n").getBytes(StandardCharsets.UTF_8);
        var file = new MockMultipartFile("file", "wajib-hp.csv", "text/csv", csv);
        long id = json.readTree(mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        // NIK made mandatory, but the list has no NIK column: the mapping says so on the field
        mvc.perform(put("/api/v1/imports/" + id + "/mapping").with(httpBasic("petugas.palangkaraya", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":{\"BUSINESS_NAME\":0,\"OWNER_NAME\":1,\"PHONE\":2,\"DISTRICT\":3,\"VILLAGE\":4},"
                                + "\"required\":[\"NIK\",\"PHONE\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("NIK")).andExpect(jsonPath("$.errors[0].code").value("imports.mapping.required"));
        mvc.perform(put("/api/v1/imports/" + id + "/mapping").with(httpBasic("petugas.palangkaraya", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\":{\"BUSINESS_NAME\":0,\"OWNER_NAME\":1,\"PHONE\":2,\"DISTRICT\":3,\"VILLAGE\":4},"
                                + "\"required\":[\"PHONE\"],\"villageFallback\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiredFields[0]").value("PHONE")).andExpect(jsonPath("$.villageFallback").value(true));
        mvc.perform(post("/api/v1/imports/" + id + "/start").with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isAccepted());
        var job = ImportFixtures.awaitFinished(jobs, "petugas.palangkaraya", id);
        // "-" in a mandatory phone is missing; the unknown village leaves the other business in its district
        assertThat(job.counts()).isEqualTo(new ImportJob.Counts(2, 1, 1, 0, 0));
        mvc.perform(get("/api/v1/imports/" + id + "/lines").param("outcome", "REJECTED").header("Accept-Language", "en")
                        .with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(jsonPath("$[0].line").value(2))
                .andExpect(jsonPath("$[0].reasons[0].column").value("C (No HP)"))
                .andExpect(jsonPath("$[0].reasons[0].message").value(containsString("Mandatory")));
    }

    @Test
    void theRegistryListIsExportedAsExcel() throws Exception {
        mvc.perform(get("/api/v1/businesses/export.xlsx").param("region", "62.71").with(httpBasic("petugas.palangkaraya", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX))
                .andExpect(header().string("Content-Disposition", containsString("data-umkm-")));
        mvc.perform(get("/api/v1/businesses/export.xlsx").with(httpBasic("pembeli.demo", PASSWORD))).andExpect(status().isForbidden());
    }
}
