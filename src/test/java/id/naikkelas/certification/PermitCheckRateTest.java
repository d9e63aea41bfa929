package id.naikkelas.certification;

import id.naikkelas.IntegrationTest;
import id.naikkelas.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public permit checks answer 429 with Retry-After once an address ran its allowance in the window, on the pages
 * (in the reader's language) and the API (a problem detail), and again after the window. The test run allows many
 * checks per address (IntegrationTest); the allowance is used up here through the limit itself, so the test holds
 * whatever the number is.
 */
@IntegrationTest
class PermitCheckRateTest {

    private static final String CHECK = "/cek-izin/hasil?productName=Keripik&sector=PROCESSED_FOOD&kind=GOODS&foodCategory=15.0"
            + "&irtFoodType=09&shelfLifeDays=60&storage=AMBIENT&madeAtHome=true";

    @Autowired
    MockMvc mvc;
    @Autowired
    PermitCheckRate rate;
    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theCheckAfterTheAllowanceIsRefusedOnPageAndApiUntilTheWindowEnds() throws Exception {
        clock.set(java.time.Instant.parse("2026-06-01T03:00:00Z"));
        String address = "198.51.100.23";
        useUp(address, rate.limit().perAddress() - 1);
        mvc.perform(from(address, get(URI.create(CHECK)))).andExpect(status().isOk());

        clock.advance(java.time.Duration.ofSeconds(15));
        mvc.perform(from(address, get(URI.create(CHECK))))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "45"))
                .andExpect(content().string(containsString("Terlalu banyak pemeriksaan izin dari jaringan ini. Coba lagi dalam 45 detik.")));
        mvc.perform(from(address, get(URI.create(CHECK + "&lang=en"))))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many permit checks from this network. Try again in 45 seconds.")));
        mvc.perform(from(address, get("/verifikasi").param("nomor", "IDM000123456"))).andExpect(status().isTooManyRequests());
        mvc.perform(from(address, get("/api/v1/public/permits").param("number", "IDM000123456").header("Accept-Language", "en")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "45"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andExpect(jsonPath("$.detail").value("Too many permit checks from this network. Try again in 45 seconds."));
        mvc.perform(from(address, post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sector\": \"PROCESSED_FOOD\", \"shelfLifeDays\": 30}")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value("Terlalu banyak pemeriksaan izin dari jaringan ini. Coba lagi dalam 45 detik."));
        // the empty number form is no check; another address has its own allowance
        mvc.perform(from(address, get("/verifikasi"))).andExpect(status().isOk());
        mvc.perform(from("198.51.100.24", get(URI.create(CHECK)))).andExpect(status().isOk());

        clock.advance(java.time.Duration.ofSeconds(45));
        mvc.perform(from(address, get(URI.create(CHECK)))).andExpect(status().isOk());
        mvc.perform(from(address, get("/api/v1/public/permits").param("number", "IDM000123456"))).andExpect(status().isOk());
    }

    /** No proxy is trusted unless configured: a forwarded address someone writes into the request is not believed. */
    @Test
    void aForwardedForHeaderFromAnUntrustedClientDoesNotChooseTheAddressCounted() throws Exception {
        String claimed = "198.51.100.77";
        useUp(claimed, rate.limit().perAddress());
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + CHECK))
                .header("X-Forwarded-For", claimed).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void useUp(String address, int checks) {
        for (int i = 0; i < checks; i++) {
            rate.limit().take(address);
        }
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
