package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a 300 KB workbook whose one cell expands to 100 million characters (the was 300
 * million) no longer takes the server down. The upload is refused with a 422 naming the file field in
 * the caller's language, with little memory; a job whose file was never checked at upload fails at once
 * with the reason; and the server keeps answering on its real port.
 */
@IntegrationTest
class UploadBombTest {

    private static final String PASSWORD = "Demo-2026!";
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportFiles files;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theImportApiRefusesTheBombInTheCallersLanguageAndTheServerStillAnswers() throws Exception {
        byte[] bomb = Bombs.hugeSharedString(100_000_000);
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "bom.xlsx", null, bomb))
                        .with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("imports.limit.ratio"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("mengembang lebih dari 100 kali")));
        // MockMvc runs the request on this thread: what it allocated is what the upload cost
        assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated by the upload").isLessThan(64L << 20);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "bom.xlsx", null, bomb))
                        .header("Accept-Language", "en").with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("expands more than 100 times")));
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void otherHostileUploadsAreRefusedWithA4xxNeverA500() throws Exception {
        refused(Bombs.tinyRows(3_000_000), "imports.limit.ratio");
        refused(Bombs.manyEntries(5_000), "imports.limit.entries");
        refused(Bombs.withDoctype(), "imports.file.doctype");
        refused(Bombs.farColumn("ZZZZZZ2"), "imports.limit.columnsInFile");
        var random = new java.util.Random(7);
        byte[] garbage = new byte[50_000];
        random.nextBytes(garbage);
        garbage[0] = 'x';
        refused(garbage, "imports.file.binary");
        // an XML file with an external entity, uploaded as a list: read as text, never parsed as XML
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.xml", null, xml))
                        .with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("root:"));
        // a NUL in the file name is no reason for a 500
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "daftar\u0000.csv", null,
                        "Nama Usaha,Nama Pemilik\nKue,Ani\n".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("daftar_.csv"));
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void theUploadPageRefusesItWithTheReasonForTheFileField() throws Exception {
        var result = mvc.perform(multipart("/impor").file(new MockMultipartFile("file", "bom.xlsx", null, Bombs.hugeSharedString(10_000_000)))
                        .with(user("petugas.dumai")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/impor"))
                .andReturn();
        @SuppressWarnings("unchecked")
        var problems = (java.util.List<id.naikkelas.common.InvalidInput.Violation>) result.getFlashMap().get("problems");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.code()).isEqualTo("imports.limit.ratio");
        });
    }

    @Test
    void aJobWhoseFileWasNeverCheckedFailsAtOnceWithTheReason() throws Exception {
        // a legitimate upload, mapped; then its stored file is swapped for the bomb, as a job queued before the checks existed
        String csv = "Nama Usaha,Nama Pemilik,Kecamatan,Kelurahan\nBolu Kemojo Bu Ani,Ani,Dumai Barat,Purnama\n";
        var job = ImportFixtures.upload(jobs, "petugas.dumai", "sebelum-batas.csv", csv);
        var bomb = Files.createTempFile("bomb", ".xlsx");
        try {
            Files.write(bomb, Bombs.hugeSharedString(100_000_000));
            var parts = files.store(bomb);
            jdbc.sql("DELETE FROM import_file_part WHERE job_id = ?").param(job.id()).update();
            files.attach(job.id(), parts);
        } finally {
            Files.deleteIfExists(bomb);
        }
        jdbc.sql("UPDATE import_job SET format = 'XLSX', encoding = NULL, separator = NULL WHERE id = ?").param(job.id()).update();
        long started = System.nanoTime();
        var failed = ImportFixtures.run(jobs, "petugas.dumai", job);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("imports.limit.ratio");
        assertThat(failed.counts().read()).isZero();
        assertThat(jdbc.sql("SELECT attempts FROM import_job WHERE id = ?").param(job.id()).query(Integer.class).single())
                .as("refused once, not retried").isEqualTo(1);

        mvc.perform(get("/api/v1/imports/" + job.id()).with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errorCode").value("imports.limit.ratio"))
                .andExpect(jsonPath("$.error").value(containsString("mengembang lebih dari 100 kali")));
        mvc.perform(get("/api/v1/imports/" + job.id()).header("Accept-Language", "en").with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(jsonPath("$.error").value(containsString("expands more than 100 times")))
                .andExpect(jsonPath("$.error").value(not(containsString("Exception"))));
        mvc.perform(get("/impor/" + job.id()).with(user("petugas.dumai")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Berkas ini tidak dapat diimpor")));
        assertThat(health()).isEqualTo(200);
        AsUser.run("petugas.dumai", () -> assertThat(jobs.get(job.id()).error()).contains("100"));
    }

    @Test
    void aPhotoDeclaringThirtyThousandPixelsSquareIsRefusedWithAFieldError() throws Exception {
        long productId = jdbc.sql("""
                        SELECT p.id FROM product p JOIN business b ON b.id = p.business_id JOIN owner o ON o.id = b.owner_id
                        JOIN app_user u ON u.id = o.user_id WHERE u.username = 'pemilik.demo' ORDER BY p.id LIMIT 1""")
                .query(Long.class).single();
        byte[] png = id.naikkelas.storage.ImagesTest.declaredPng(30_000, 30_000);
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        mvc.perform(multipart("/api/v1/products/" + productId + "/photos").file(new MockMultipartFile("photo", "foto.png", "image/png", png))
                        .header("Accept-Language", "en").with(httpBasic("pemilik.demo", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("photo"))
                .andExpect(jsonPath("$.errors[0].code").value("upload.image.tooManyPixels"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("30,000\u00d730,000")));
        assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated by the upload").isLessThan(64L << 20);
        assertThat(health()).isEqualTo(200);
    }

    private void refused(byte[] upload, String code) throws Exception {
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "daftar.xlsx", null, upload))
                        .with(httpBasic("petugas.dumai", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }

    /** Over the real port: Tomcat still accepts connections and answers. */
    private int health() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("UP");
        return response.statusCode();
    }
}
