package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Buyers' inquiries, owners' answers, weekly orders and their deliveries: who sees what, and bad input changes nothing. */
@IntegrationTest
class TradeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Trade trade;
    @Autowired
    Buyers buyers;
    @Autowired
    Favourites favourites;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;
    @Autowired
    id.naikkelas.TestClock clock;

    @Test
    void demoBuyerIsAVerifiedHotelWithAnAnsweredInquiryAndAWeeklyOrder() throws Exception {
        AsUser.run("pembeli.demo", () -> {
            var profile = trade.myProfile().orElseThrow();
            assertThat(profile.verified()).isTrue();
            assertThat(profile.type()).isEqualTo("HOTEL");
            assertThat(trade.myInquiries()).anySatisfy(i -> {
                assertThat(i.status()).isEqualTo("ACCEPTED");
                assertThat(i.orderId()).isNotNull();
            });
            assertThat(trade.myOrders()).anySatisfy(o -> {
                assertThat(o.deliveries()).hasSize(12);
                assertThat(o.deliveries()).allSatisfy(d -> assertThat(d.dueOn().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
            });
        });
        mvc.perform(get("/").with(user("pembeli.demo").roles("BUYER"))).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/pembeli"));
        mvc.perform(get("/pembeli").with(user("pembeli.demo").roles("BUYER"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hotel Sahid Lampung")));
        mvc.perform(get("/etalase/permintaan").with(user("pemilik.demo").roles("OWNER"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hotel Sahid Lampung")));
    }

    @Test
    void aHotelAsksTheOwnerAnswersAWeeklyOrderIsDeliveredAndReceived() throws Exception {
        long product = ownersProduct();
        var monday = today.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        mvc.perform(post("/pembeli/produk/" + product + "/permintaan").with(user("pembeli.demo").roles("BUYER")).with(csrf())
                .param("quantity", "150").param("deliverOn", monday.toString()).param("place", "Dapur hotel").param("note", "uji"))
                .andExpect(status().is3xxRedirection());
        long inquiry = jdbc.sql("SELECT max(id) FROM market_inquiry WHERE place = 'Dapur hotel'").query(Long.class).single();
        mvc.perform(post("/etalase/permintaan/" + inquiry).with(user("pemilik.demo").roles("OWNER")).with(csrf())
                .param("version", "1").param("accept", "true").param("price", "13500").param("conditions", "Senin pagi"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pembeli/permintaan/" + inquiry + "/pesanan").with(user("pembeli.demo").roles("BUYER")).with(csrf())
                .param("version", "2").param("startsOn", monday.toString()).param("endsOn", monday.plusWeeks(3).toString()))
                .andExpect(status().is3xxRedirection());
        var order = AsUser.call("pembeli.demo", () -> trade.myOrders().stream().filter(o -> o.inquiryId() == inquiry).findFirst().orElseThrow());
        assertThat(order.deliveries()).hasSize(4);
        var first = order.deliveries().get(0);
        // received before sent is refused, and so is sending a week ahead: nothing changes
        mvc.perform(post("/pembeli/pengiriman/" + first.id() + "/diterima").with(user("pembeli.demo").roles("BUYER")).with(csrf())
                .param("version", "1")).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("problems")).asString().contains("market.delivery.notSent"));
        if (monday.isAfter(today.date().plusDays(1))) {
            AsUser.run("pemilik.demo", () -> assertThatThrownBy(() -> trade.markSent(first.id(), 1)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("market.delivery.tooEarly"));
        }
        assertThat(jdbc.sql("SELECT status || version FROM market_delivery WHERE id = ?").param(first.id()).query(String.class).single())
                .isEqualTo("PLANNED1");
        clock.setJakarta(monday.atTime(7, 0));
        try {
            mvc.perform(post("/etalase/pengiriman/" + first.id() + "/dikirim").with(user("pemilik.demo").roles("OWNER")).with(csrf())
                    .param("version", "1")).andExpect(status().is3xxRedirection());
            mvc.perform(post("/pembeli/pengiriman/" + first.id() + "/diterima").with(user("pembeli.demo").roles("BUYER")).with(csrf())
                    .param("version", "2")).andExpect(status().is3xxRedirection());
        } finally {
            clock.reset();
        }
        var stamps = jdbc.sql("SELECT sent_at IS NOT NULL AND received_at IS NOT NULL FROM market_delivery WHERE id = ?").param(first.id())
                .query(Boolean.class).single();
        assertThat(stamps).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type IN ('inquiry', 'supply_order', 'delivery') AND entity_id IN (?, ?, ?)")
                .params(String.valueOf(inquiry), String.valueOf(order.id()), String.valueOf(first.id())).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anotherBuyerOrOwnerGetsNotFoundAndNothingChanges() throws Exception {
        createUser("pembeli.lain", Role.BUYER);
        createUser("pemilik.lain", Role.OWNER);
        var demoInquiry = AsUser.call("pembeli.demo", () -> trade.myInquiries().get(0));
        var delivery = AsUser.call("pembeli.demo", () -> trade.myNextDeliveries(1).get(0));
        String before = snapshot();
        AsUser.run("pembeli.lain", () -> {
            assertThat(trade.myInquiries()).isEmpty();
            assertThat(trade.myOrders()).isEmpty();
            assertThatThrownBy(() -> trade.myInquiry(demoInquiry.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> trade.markReceived(delivery.id(), delivery.version())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> trade.send(ownersProduct(), new InquiryForm(10, today.date(), "x", null)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("market.buyer.unverified");
        });
        AsUser.run("pemilik.lain", () -> {
            assertThat(trade.inbox()).isEmpty();
            assertThatThrownBy(() -> trade.received(demoInquiry.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> trade.markSent(delivery.id(), delivery.version())).isInstanceOf(NotFound.class);
        });
        mvc.perform(get("/pembeli/permintaan/" + demoInquiry.id()).with(user("pembeli.lain").roles("BUYER"))).andExpect(status().isNotFound());
        mvc.perform(post("/pembeli/pengiriman/" + delivery.id() + "/diterima").with(user("pembeli.lain").roles("BUYER")).with(csrf())
                .param("version", String.valueOf(delivery.version()))).andExpect(status().isNotFound());
        mvc.perform(post("/etalase/permintaan/" + demoInquiry.id()).with(user("pemilik.lain").roles("OWNER")).with(csrf())
                .param("version", String.valueOf(demoInquiry.version())).param("accept", "false").param("reason", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/etalase/pengiriman/" + delivery.id() + "/dikirim").with(user("pemilik.lain").roles("OWNER")).with(csrf())
                .param("version", String.valueOf(delivery.version()))).andExpect(status().isNotFound());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badInputIsAFieldErrorAndNothingChanges() {
        long product = ownersProduct();
        String before = snapshot();
        AsUser.run("pembeli.demo", () -> {
            var e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> trade.send(product, new InquiryForm(0, today.date().minusDays(1), " ", null)));
            assertThat(e.violations()).extracting(InvalidInput.Violation::field).contains("quantity", "deliverOn", "place");
        });
        long open = AsUser.call("pembeli.demo", () -> trade.send(product, new InquiryForm(5, today.date(), "Lobi", null)));
        String afterSend = snapshot();
        AsUser.run("pemilik.demo", () -> {
            var noPrice = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> trade.answer(open, 1, new AnswerForm(true, null, null, null)));
            assertThat(noPrice.violations()).extracting(InvalidInput.Violation::field).containsExactly("price");
            var noReason = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> trade.answer(open, 1, new AnswerForm(false, null, null, " ")));
            assertThat(noReason.violations()).extracting(InvalidInput.Violation::field).containsExactly("reason");
        });
        AsUser.run("pembeli.demo", () -> assertThatThrownBy(() -> trade.order(open, 1, new OrderForm(today.date(), today.date().plusWeeks(2))))
                .isInstanceOf(InvalidInput.class));
        assertThat(before).isNotEqualTo(afterSend);
        assertThat(snapshot()).isEqualTo(afterSend);
        AsUser.run("pemilik.demo", () -> trade.answer(open, 1, new AnswerForm(false, null, null, "Stok habis")));
    }

    @Test
    void anOfficerOfTheBuyersRegionVerifiesItAndOnlyThenItMayAsk() {
        createUser("pembeli.katering", Role.BUYER);
        AsUser.run("pembeli.katering", () -> {
            var bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                    () -> buyers.saveMine(0, new BuyerForm(" ", BuyerType.CATERER, "99.99", null, "12")));
            assertThat(bad.violations()).extracting(InvalidInput.Violation::field).contains("organisation", "regionCode", "nib");
            assertThat(buyers.mine()).isNull();
            buyers.saveMine(0, new BuyerForm("Katering Berkah", BuyerType.CATERER, "18.71", "Jl. Kartini 5", null));
        });
        long userId = AsUser.call("pembeli.katering", () -> buyers.mine().userId());
        AsUser.run("petugas.palangkaraya", () -> {
            assertThat(buyers.ofMyRegions()).noneMatch(b -> b.userId() == userId);
            assertThatThrownBy(() -> buyers.verify(userId, 1)).isInstanceOf(NotFound.class);
        });
        AsUser.run("pembeli.katering", () -> assertThatThrownBy(() -> trade.send(ownersProduct(), new InquiryForm(10, today.date(), "Dapur", null)))
                .isInstanceOf(InvalidInput.class));
        AsUser.run("petugas.bandarlampung", () -> {
            assertThat(buyers.ofMyRegions()).anyMatch(b -> b.userId() == userId && !b.verified());
            buyers.verify(userId, 1);
        });
        long inquiry = AsUser.call("pembeli.katering", () -> trade.send(ownersProduct(), new InquiryForm(10, today.date(), "Dapur", null)));
        AsUser.run("pemilik.demo", () -> assertThat(trade.inbox()).anyMatch(i -> i.id() == inquiry && "Katering Berkah".equals(i.buyer())));
        // and the owner is told, once, in their notification inbox, with a link to the inquiry
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification_inbox WHERE username = 'pemilik.demo' AND kind = 'market.inquiry.received'
                        AND link = ? AND text LIKE 'Katering Berkah meminta penawaran 10 %'""")
                .param("/etalase/permintaan/" + inquiry).query(Long.class).single() == 1);
    }

    @Test
    void theApiTakesTheSameStepsWithIfMatchAndProblems() throws Exception {
        createUser("pemilik.lain", Role.OWNER);
        var monday = today.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var sent = mvc.perform(post("/api/v1/buyer/products/" + ownersProduct() + "/inquiries").with(user("pembeli.demo").roles("BUYER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantity\": 40, \"deliverOn\": \"" + monday + "\", \"place\": \"Restoran lantai 2\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\"")).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(sent.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/listings/inquiries/" + id).with(user("pemilik.lain").roles("OWNER")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/api/v1/listings/inquiries/" + id + "/answer").with(user("pemilik.demo").roles("OWNER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true, \"price\": 12000}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(put("/api/v1/listings/inquiries/" + id + "/answer").with(user("pemilik.demo").roles("OWNER")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true, \"price\": -5}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("price")));
        mvc.perform(put("/api/v1/listings/inquiries/" + id + "/answer").with(user("pemilik.demo").roles("OWNER")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true, \"price\": 12000, \"conditions\": \"Tunai\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/buyer/inquiries/" + id + "/order").with(user("pembeli.demo").roles("BUYER")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\": \"" + monday + "\", \"endsOn\": \"" + monday.plusWeeks(1) + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/buyer/inquiries/" + id + "/order").with(user("pembeli.demo").roles("BUYER")).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\": \"" + monday + "\", \"endsOn\": \"" + monday.plusWeeks(1) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.deliveries.length()").value(2));
        mvc.perform(get("/api/v1/listings/orders").with(user("pemilik.demo").roles("OWNER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("\"inquiryId\":" + id)));
    }

    @Test
    void aBuyerStarsASupplierFromItsPageAndOnlyTheyHaveIt() throws Exception {
        long business = jdbc.sql("SELECT business_id FROM catalogue_listing WHERE product_id = ?").param(ownersProduct()).query(Long.class).single();
        mvc.perform(post("/pembeli/favorit/" + business).with(user("pembeli.demo").roles("BUYER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        AsUser.run("pembeli.demo", () -> assertThat(favourites.mine()).extracting(Favourites.Supplier::businessId).contains(business));
        createUser("pembeli.lain", Role.BUYER);
        AsUser.run("pembeli.lain", () -> assertThat(favourites.mine()).isEmpty());
        long unpublished = jdbc.sql("SELECT max(id) FROM registry_business WHERE id NOT IN (SELECT business_id FROM catalogue_listing WHERE published)")
                .query(Long.class).single();
        AsUser.run("pembeli.demo", () -> assertThatThrownBy(() -> favourites.toggle(unpublished)).isInstanceOf(NotFound.class));
        mvc.perform(post("/pembeli/favorit/" + business).with(user("pembeli.demo").roles("BUYER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        AsUser.run("pembeli.demo", () -> assertThat(favourites.mine()).extracting(Favourites.Supplier::businessId).doesNotContain(business));
    }

    private long ownersProduct() {
        return jdbc.sql("""
                SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                JOIN app_user u ON u.id = b.owner_user_id WHERE l.published AND u.username = 'pemilik.demo' ORDER BY l.product_id LIMIT 1""")
                .query(Long.class).single();
    }

    /** Everything the trade tables hold, to compare before and after a refused request. */
    private String snapshot() {
        return String.join("|", List.of(
                jdbc.sql("SELECT string_agg(id || status || version, ',' ORDER BY id) FROM market_inquiry").query(String.class).optional().orElse(""),
                jdbc.sql("SELECT count(*)::text FROM market_order").query(String.class).single(),
                jdbc.sql("SELECT string_agg(id || '-' || version, ',' ORDER BY id) FROM market_delivery").query(String.class).optional().orElse("")));
    }

    private void createUser(String username, Role role) {
        if (!accounts.usernameTaken(username)) {
            accounts.create(new Accounts.NewUser(username, "Test " + username, null, null, "Rahasia-Kuat-1", null, Set.of(role), List.of()));
        }
    }
}
