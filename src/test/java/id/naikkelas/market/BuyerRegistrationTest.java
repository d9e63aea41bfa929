package id.naikkelas.market;

import com.jayway.jsonpath.JsonPath;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A buyer organisation registers itself (web form and API): every bad field is named, a second account on one
 * username, e-mail or phone is refused, a waiting buyer may star suppliers but not ask, and only an officer of its
 * regency decides; the buyer is told the decision.
 */
@IntegrationTest
class BuyerRegistrationTest {

    /** Each test registers from its own network address: the per-address limit counts them. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    BuyerRegistration registration;
    @Autowired
    Buyers buyers;
    @Autowired
    Trade trade;
    @Autowired
    Favourites favourites;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;
    @Autowired
    id.naikkelas.identity.Accounts accounts;

    @Test
    void everyBadFieldIsNamedInTheCallersLanguageAndNothingIsStored() throws Exception {
        String before = counts();
        mvc.perform(post("/api/v1/buyer-registrations").with(from()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(result -> assertThat(fields(result.getResponse().getContentAsString())).contains("organisation", "type",
                        "regionCode", "address", "contactPerson", "phone", "email", "username", "password"));
        var bad = Map.of("regionCode", "18", "phone", "12ab", "email", "bukan-email", "nib", "123",
                "username", "Hotel Satu!", "password", "pendek");
        for (var entry : bad.entrySet()) {
            var body = new java.util.HashMap<>(valid("hotel.salah"));
            body.put(entry.getKey(), entry.getValue());
            mvc.perform(post("/api/v1/buyer-registrations").with(from()).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(result -> assertThat(fields(result.getResponse().getContentAsString()))
                            .as(entry.getKey()).containsExactly(entry.getKey()));
        }
        mvc.perform(post("/api/v1/buyer-registrations").with(from()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(valid("hotel.salah")).replace("\"HOTEL\"", "\"SPA\"")))
                .andExpect(status().isBadRequest());
        // the web form says the same beside each field, in Bahasa Indonesia
        mvc.perform(post("/pembeli/daftar").with(from()).with(csrf()).param("organisation", "Hotel Salah").param("type", "HOTEL")
                        .param("regionCode", "18.71").param("address", "Jl. Salah 1").param("contactPerson", "Sari")
                        .param("phone", "0812").param("email", "sari@hotel.example").param("username", "hotel.salah").param("password", "x"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi minimal 10 karakter")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"error\">")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSecondAccountOnOneUsernameEmailOrPhoneIsAFieldError() {
        String address = "203.0.113." + ADDRESS.incrementAndGet();
        long id = registration.register(form(valid("resto.dua")), address);
        assertThat(id).isPositive();
        String before = counts();
        assertThat(problemFields(() -> registration.register(form(valid("resto.dua")), address))).containsExactlyInAnyOrder("username",
                "email", "phone");
        var sameEmail = new java.util.HashMap<>(valid("resto.tiga"));
        sameEmail.put("email", "RESTO.DUA@example.id");
        assertThat(problemFields(() -> registration.register(form(sameEmail), address))).containsExactly("email");
        var samePhone = new java.util.HashMap<>(valid("resto.empat"));
        samePhone.put("phone", "+62 812-7000-" + phoneTail("resto.dua"));
        assertThat(problemFields(() -> registration.register(form(samePhone), address))).containsExactly("phone");
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * A number already on an account typed another way (an administrator's "0812-…", a registration's "+62 …") is the
     * same number: the hotel cannot register twice by writing it differently. Told on the field, nothing created.
     */
    @Test
    void aPhoneWrittenAnotherWayIsStillTheSamePhone() throws Exception {
        String tail = phoneTail("hotel.kembar");
        AsUser.run("admin", () -> accounts.create(new id.naikkelas.identity.Accounts.NewUser("hotel.kembar.lama", "Hotel Kembar",
                null, "0812-7000-" + tail, "Rahasia-Kuat-1", null, java.util.Set.of(id.naikkelas.identity.Role.BUYER), List.of())));
        String before = counts();
        for (String written : List.of("62812 7000 " + tail, "+62 812-7000-" + tail, "(0812) 7000" + tail)) {
            var again = new java.util.HashMap<>(valid("hotel.kembar"));
            again.put("phone", written);
            assertThat(problemFields(() -> registration.register(form(again), "203.0.113." + ADDRESS.incrementAndGet())))
                    .as(written).containsExactly("phone");
        }
        mvc.perform(post("/pembeli/daftar").with(from()).with(csrf()).param("organisation", "Hotel Kembar").param("type", "HOTEL")
                        .param("regionCode", "18.71").param("address", "Jl. Kembar 2").param("contactPerson", "Sari")
                        .param("phone", "6281270 00" + tail).param("email", "hotel.kembar@example.id").param("username", "hotel.kembar")
                        .param("password", "Rahasia-Kuat-1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nomor telepon ini sudah dipakai akun lain.")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aNetworkAddressRegistersAFewOrganisationsAnHourAndABotNone() throws Exception {
        String address = "198.51.100." + ADDRESS.incrementAndGet();
        for (int i = 1; i <= 5; i++) {
            registration.register(form(valid("katering.banyak" + i)), address);
        }
        assertThat(problemFields(() -> registration.register(form(valid("katering.banyak6")), address))).containsExactly("organisation");
        String before = counts();
        mvc.perform(post("/pembeli/daftar").with(from()).with(csrf()).param("organisation", "Bot").param("type", "HOTEL")
                        .param("regionCode", "18.71").param("address", "x").param("contactPerson", "x").param("phone", "081270009999")
                        .param("email", "bot@example.id").param("username", "bot.pembeli").param("password", "Rahasia-Kuat-1")
                        .param("website", "http://spam.example"))
                .andExpect(redirectedUrl("/login"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aHotelRegistersOnTheFormWaitsStarsSuppliersButCannotAskUntilItsRegencysOfficerVerifiesIt() throws Exception {
        mvc.perform(get("/pembeli/daftar")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"website\"")));
        mvc.perform(get("/katalog")).andExpect(content().string(org.hamcrest.Matchers.containsString("/pembeli/daftar")));
        mvc.perform(post("/pembeli/daftar").with(from()).with(csrf()).param("organisation", "Hotel Krakatau").param("type", "HOTEL")
                        .param("regionCode", "18.71.01").param("address", "Jl. Pantai 9, Bandar Lampung").param("contactPerson", "Rina Purchasing")
                        .param("phone", "0812-7000-" + phoneTail("hotel.krakatau")).param("email", "hotel.krakatau@example.id")
                        .param("nib", "9120001234567").param("username", "hotel.krakatau").param("password", "Rahasia-Kuat-1"))
                .andExpect(redirectedUrl("/pembeli"));
        long userId = jdbc.sql("SELECT id FROM app_user WHERE username = 'hotel.krakatau'").query(Long.class).single();
        var stored = jdbc.sql("SELECT region_code || '|' || nib || '|' || (source_hash IS NOT NULL) FROM market_buyer WHERE user_id = ?")
                .param(userId).query(String.class).single();
        assertThat(stored).isEqualTo("18.71|9120001234567|true");
        assertThat(jdbc.sql("SELECT phone FROM app_user WHERE id = ?").param(userId).query(String.class).single()).startsWith("+62812");
        mvc.perform(get("/pembeli").with(user("hotel.krakatau").roles("BUYER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("menunggu verifikasi")));
        long product = ownersProduct();
        long business = jdbc.sql("SELECT business_id FROM catalogue_listing WHERE product_id = ?").param(product).query(Long.class).single();
        AsUser.run("hotel.krakatau", () -> {
            assertThat(favourites.toggle(business)).isTrue();
            assertThatThrownBy(() -> trade.send(product, new InquiryForm(50, today.date().plusDays(3), "Dapur", null)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("market.buyer.unverified");
        });
        int version = AsUser.call("hotel.krakatau", () -> buyers.mine().version());

        // another regency's officer: not found, by service, page and API, and nothing changes
        String before = buyerState(userId);
        AsUser.run("petugas.palangkaraya", () -> {
            assertThat(buyers.ofMyRegions()).noneMatch(b -> b.userId() == userId);
            assertThatThrownBy(() -> buyers.verify(userId, version)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> buyers.reject(userId, version, "Tidak dikenal")).isInstanceOf(NotFound.class);
        });
        mvc.perform(post("/petugas/pembeli/" + userId + "/tolak").with(user("petugas.palangkaraya").roles("OFFICER")).with(csrf())
                .param("version", String.valueOf(version)).param("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/buyers/" + userId + "/decision").with(user("petugas.palangkaraya").roles("OFFICER"))
                .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON).content("{\"verify\": true}"))
                .andExpect(status().isNotFound());
        assertThat(buyerState(userId)).isEqualTo(before);

        // the city's officer sees the contact, refuses without a reason (a field error), then with one; the buyer is told
        AsUser.run("petugas.bandarlampung", () -> {
            var row = buyers.ofMyRegions(userId);
            assertThat(row.status()).isEqualTo(BuyerStatus.WAITING);
            assertThat(row.email()).isEqualTo("hotel.krakatau@example.id");
            assertThat(row.contactPerson()).isEqualTo("Rina Purchasing");
            assertThat(problemFields(() -> buyers.reject(userId, version, " "))).containsExactly("reason");
            assertThatThrownBy(() -> buyers.reject(userId, version - 1, "NIB tidak cocok")).isInstanceOf(EditConflict.class);
            buyers.reject(userId, version, "NIB tidak cocok dengan OSS");
        });
        awaitInbox("hotel.krakatau", "market.buyer.rejected", "%NIB tidak cocok dengan OSS%");
        mvc.perform(get("/pembeli").with(user("hotel.krakatau").roles("BUYER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIB tidak cocok dengan OSS")));
        // corrected, it waits again; verified through the API, it may ask
        AsUser.run("hotel.krakatau", () -> buyers.saveMine(version + 1, new BuyerForm("Hotel Krakatau", BuyerType.HOTEL, "18.71",
                "Jl. Pantai 9, Bandar Lampung", "9120001234568")));
        assertThat(AsUser.call("hotel.krakatau", () -> buyers.mine().status())).isEqualTo(BuyerStatus.WAITING);
        mvc.perform(put("/api/v1/buyers/" + userId + "/decision").with(user("petugas.bandarlampung").roles("OFFICER"))
                        .header("If-Match", "\"" + (version + 2) + "\"").contentType(MediaType.APPLICATION_JSON).content("{\"verify\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VERIFIED"));
        awaitInbox("hotel.krakatau", "market.buyer.verified", "Hotel Krakatau sudah diverifikasi%");
        long inquiry = AsUser.call("hotel.krakatau", () -> trade.send(product, new InquiryForm(50, today.date().plusDays(3), "Dapur", null)));
        assertThat(inquiry).isPositive();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private static RequestPostProcessor from() {
        String address = "192.0.2." + ADDRESS.incrementAndGet();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A complete, valid registration; the phone is derived from the username so each test's buyer has its own. */
    private static Map<String, String> valid(String username) {
        return Map.of("organisation", "Organisasi " + username, "type", "HOTEL", "regionCode", "18.71", "address", "Jl. Uji 1",
                "contactPerson", "Bagian Pembelian", "phone", "0812-7000-" + phoneTail(username), "email", username + "@example.id",
                "username", username, "password", "Rahasia-Kuat-1");
    }

    private static String phoneTail(String username) {
        return String.format("%04d", Math.floorMod(username.hashCode(), 10_000));
    }

    private static BuyerRegistrationForm form(Map<String, String> v) {
        return new BuyerRegistrationForm(v.get("organisation"), BuyerType.valueOf(v.get("type")), v.get("regionCode"), v.get("address"),
                v.get("contactPerson"), v.get("phone"), v.get("email"), v.get("nib"), v.get("username"), v.get("password"));
    }

    private static String json(Map<String, String> body) {
        var out = new StringBuilder("{");
        body.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return out.append('}').toString();
    }

    private static List<String> fields(String problem) {
        return JsonPath.read(problem, "$.errors[*].field");
    }

    private static List<String> problemFields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.violations().stream().map(InvalidInput.Violation::field).distinct().toList();
        }
        throw new AssertionError("expected a field error");
    }

    private String counts() {
        return jdbc.sql("SELECT (SELECT count(*) FROM app_user) || '/' || (SELECT count(*) FROM market_buyer)").query(String.class).single();
    }

    private String buyerState(long userId) {
        return jdbc.sql("SELECT version || '|' || coalesce(verified_at::text, '-') || '|' || coalesce(reject_reason, '-') FROM market_buyer WHERE user_id = ?")
                .param(userId).query(String.class).single();
    }

    private void awaitInbox(String username, String kind, String like) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM notification_inbox WHERE username = ? AND kind = ? AND text LIKE ?")
                .params(username, kind, like).query(Long.class).single() == 1);
    }

    private long ownersProduct() {
        return jdbc.sql("""
                SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                JOIN app_user u ON u.id = b.owner_user_id WHERE l.published AND u.username = 'pemilik.demo' ORDER BY l.product_id LIMIT 1""")
                .query(Long.class).single();
    }

}
