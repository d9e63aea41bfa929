package id.naikkelas.market;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A running order changes only when the owner accepts the buyer's request, and then only in deliveries not yet sent;
 * either side cancels with a reason and what was sent stays; deliveries follow their rules (received only once sent,
 * sent from the day before). The wrong party gets 404, a stale version 409, and nothing changes.
 */
@IntegrationTest
class OrderChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Trade trade;
    @Autowired
    SupplyOrders orders;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Today today;

    @Test
    void theBuyerAsksTheOwnerAcceptsAndOnlyDeliveriesNotYetSentChange() throws Exception {
        var order = newOrder("Lobi A");
        long id = order.id();
        var first = order.deliveries().get(0);
        AsUser.run("pemilik.demo", () -> trade.markSent(first.id(), first.version()));
        createUser("pembeli.lain", Role.BUYER);
        createUser("pemilik.lain", Role.OWNER);
        var newDay = today.date().plusDays(2).getDayOfWeek().getValue();
        var change = new OrderChangeForm(250, newDay, today.date().plusWeeks(8), "Gudang belakang", "Tambah untuk musim liburan");
        int version = AsUser.call("pembeli.demo", () -> orders.buyers(id).version());

        String before = snapshot(id);
        AsUser.run("pembeli.lain", () -> assertThatThrownBy(() -> orders.requestChange(id, version, change)).isInstanceOf(NotFound.class));
        AsUser.run("pemilik.lain", () -> assertThatThrownBy(() -> orders.owners(id)).isInstanceOf(NotFound.class));
        mvc.perform(get("/pembeli/pesanan/" + id).with(user("pembeli.lain").roles("BUYER"))).andExpect(status().isNotFound());
        mvc.perform(post("/pembeli/pesanan/" + id + "/perubahan").with(user("pembeli.lain").roles("BUYER")).with(csrf())
                .param("version", String.valueOf(version)).param("quantity", "250").param("weekday", "2")
                .param("endsOn", today.date().plusWeeks(8).toString()).param("place", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/etalase/pesanan/" + id).with(user("pemilik.lain").roles("OWNER"))).andExpect(status().isNotFound());
        AsUser.run("pembeli.demo", () -> {
            assertThatThrownBy(() -> orders.requestChange(id, version - 1, change)).isInstanceOf(EditConflict.class);
            var bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> orders.requestChange(id, version,
                    new OrderChangeForm(0, 9, today.date().minusDays(1), " ", null)));
            assertThat(bad.violations()).extracting(InvalidInput.Violation::field).contains("quantity", "weekday", "endsOn", "place");
            var same = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> orders.requestChange(id, version,
                    new OrderChangeForm(order.quantity(), order.weekday(), order.endsOn(), order.place(), "sama")));
            assertThat(same.violations()).extracting(InvalidInput.Violation::code).containsExactly("market.change.nothing");
        });
        mvc.perform(post("/api/v1/buyer/orders/" + id + "/change-request").with(user("pembeli.demo").roles("BUYER"))
                        .header("If-Match", "\"" + (version + 5) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantity\": 250, \"weekday\": 2, \"endsOn\": \"" + today.date().plusWeeks(8) + "\", \"place\": \"Gudang\"}"))
                .andExpect(status().isConflict());
        assertThat(snapshot(id)).isEqualTo(before);

        AsUser.run("pembeli.demo", () -> orders.requestChange(id, version, change));
        var pending = AsUser.call("pembeli.demo", () -> orders.buyers(id));
        assertThat(pending.pendingChange()).isNotNull();
        assertThat(pending.quantity()).isEqualTo(order.quantity());
        assertThat(pending.deliveries()).allSatisfy(d -> assertThat(d.quantity()).isEqualTo(order.quantity()));
        AsUser.run("pembeli.demo", () -> assertThat(org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> orders.requestChange(id, pending.version(), change)).violations())
                .extracting(InvalidInput.Violation::code).containsExactly("market.change.pending"));
        awaitInbox("pemilik.demo", "market.order.changeRequested", "/etalase/pesanan/" + id);

        mvc.perform(get("/etalase/pesanan/" + id).with(user("pemilik.demo").roles("OWNER"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gudang belakang")));
        mvc.perform(post("/etalase/pesanan/" + id + "/perubahan").with(user("pemilik.demo").roles("OWNER")).with(csrf())
                .param("version", String.valueOf(pending.version())).param("accept", "true")).andExpect(status().is3xxRedirection());
        var changed = AsUser.call("pembeli.demo", () -> orders.buyers(id));
        assertThat(changed.pendingChange()).isNull();
        assertThat(changed.quantity()).isEqualTo(250);
        assertThat(changed.weekday()).isEqualTo(newDay);
        var sent = changed.deliveries().stream().filter(d -> d.id() == first.id()).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.quantity()).isEqualTo(order.quantity());
        assertThat(sent.place()).isEqualTo("Lobi A");
        var planned = changed.deliveries().stream().filter(d -> d.status() == DeliveryStatus.PLANNED).toList();
        assertThat(planned).isNotEmpty().allSatisfy(d -> {
            assertThat(d.quantity()).isEqualTo(250);
            assertThat(d.place()).isEqualTo("Gudang belakang");
            assertThat(d.dueOn().getDayOfWeek().getValue()).isEqualTo(newDay);
            assertThat(d.dueOn()).isBetween(today.date(), today.date().plusWeeks(8));
        });
        awaitInbox("pembeli.demo", "market.order.changeAccepted", "/pembeli/pesanan/" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'order_change'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aDeclinedChangeLeavesTheOrderAndACancellationKeepsWhatWasSent() throws Exception {
        var order = newOrder("Dapur B");
        long id = order.id();
        var first = order.deliveries().get(0);
        AsUser.run("pemilik.demo", () -> trade.markSent(first.id(), first.version()));
        AsUser.run("pembeli.demo", () -> orders.requestChange(id, order.version(), new OrderChangeForm(10, order.weekday(),
                order.endsOn(), order.place(), null)));
        int v = AsUser.call("pemilik.demo", () -> orders.owners(id).version());
        String before = snapshot(id);
        AsUser.run("pemilik.demo", () -> assertThat(org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> orders.answerChange(id, v, new ChangeAnswerForm(false, " "))).violations())
                .extracting(InvalidInput.Violation::field).containsExactly("reason"));
        assertThat(snapshot(id)).isEqualTo(before);
        mvc.perform(put("/api/v1/listings/orders/" + id + "/change-request").with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"" + v + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": false, \"reason\": \"Bahan baku terbatas\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quantity").value(order.quantity()))
                .andExpect(jsonPath("$.pendingChange").doesNotExist());
        awaitInbox("pembeli.demo", "market.order.changeDeclined", "/pembeli/pesanan/" + id);

        // the wrong party cannot cancel; a stale version is a conflict; nothing changes
        createUser("pembeli.lain", Role.BUYER);
        createUser("pemilik.lain", Role.OWNER);
        int current = AsUser.call("pemilik.demo", () -> orders.owners(id).version());
        String running = snapshot(id);
        AsUser.run("pembeli.lain", () -> assertThatThrownBy(() -> orders.cancel(id, current, new ReasonForm("x"))).isInstanceOf(NotFound.class));
        mvc.perform(post("/etalase/pesanan/" + id + "/batal").with(user("pemilik.lain").roles("OWNER")).with(csrf())
                .param("version", String.valueOf(current)).param("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/listings/orders/" + id + "/cancellation").with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"" + (current - 1) + "\"").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Tutup\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/listings/orders/" + id + "/cancellation").with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"" + current + "\"").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(snapshot(id)).isEqualTo(running);

        mvc.perform(post("/api/v1/listings/orders/" + id + "/cancellation").with(user("pemilik.demo").roles("OWNER"))
                        .header("If-Match", "\"" + current + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Usaha tutup sementara\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledBy").value("OWNER"));
        var cancelled = AsUser.call("pembeli.demo", () -> orders.buyers(id));
        assertThat(cancelled.deliveries()).filteredOn(d -> d.id() == first.id()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(cancelled.deliveries()).filteredOn(d -> d.id() != first.id())
                .isNotEmpty().allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.CANCELLED));
        awaitInbox("pembeli.demo", "market.order.cancelled", "/pembeli/pesanan/" + id);
        // the buyer still receives what was sent before the cancellation, and cannot cancel twice
        AsUser.run("pembeli.demo", () -> {
            trade.markReceived(first.id(), first.version() + 1);
            assertThatThrownBy(() -> orders.cancel(id, cancelled.version(), new ReasonForm("lagi"))).isInstanceOf(InvalidInput.class);
        });
    }

    @Test
    void aDeliveryIsReceivedOnlyOnceSentAndSentOnlyFromTheDayBefore() throws Exception {
        var order = newOrder("Dapur C");
        var first = order.deliveries().get(0);   // due today
        var second = order.deliveries().get(1);  // due in a week
        String before = snapshot(order.id());
        AsUser.run("pembeli.demo", () -> {
            assertThatThrownBy(() -> trade.markReceived(first.id(), first.version())).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("market.delivery.notSent");
            assertThatThrownBy(() -> trade.markReceived(second.id(), second.version())).isInstanceOf(InvalidInput.class);
        });
        AsUser.run("pemilik.demo", () -> {
            assertThatThrownBy(() -> trade.markSent(second.id(), second.version())).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("market.delivery.tooEarly");
            assertThatThrownBy(() -> trade.markNotDelivered(second.id(), second.version(), new ReasonForm("Hujan")))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("market.delivery.notYetDue");
            assertThatThrownBy(() -> trade.markNotDelivered(first.id(), first.version(), new ReasonForm(" ")))
                    .isInstanceOf(InvalidInput.class);
        });
        mvc.perform(post("/api/v1/buyer/deliveries/" + first.id() + "/received").with(user("pembeli.demo").roles("BUYER"))
                .header("If-Match", "\"" + first.version() + "\"")).andExpect(status().isUnprocessableEntity());
        assertThat(snapshot(order.id())).isEqualTo(before);
        // the buyer's pages offer "received" on no delivery that was not sent
        for (String page : List.of("/pembeli", "/pembeli/pesanan/" + order.id())) {
            mvc.perform(get(page).with(user("pembeli.demo").roles("BUYER"))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                            "/pembeli/pengiriman/" + first.id() + "/diterima"))));
        }

        mvc.perform(post("/etalase/pengiriman/" + first.id() + "/tidak-terkirim").with(user("pemilik.demo").roles("OWNER")).with(csrf())
                        .param("version", String.valueOf(first.version())).param("reason", "Mesin penggorengan rusak"))
                .andExpect(status().is3xxRedirection());
        var after = AsUser.call("pembeli.demo", () -> orders.buyers(order.id())).deliveries().get(0);
        assertThat(after.status()).isEqualTo(DeliveryStatus.NOT_DELIVERED);
        assertThat(after.reason()).isEqualTo("Mesin penggorengan rusak");
        assertThat(after.steps()).isEmpty();
        AsUser.run("pemilik.demo", () -> assertThatThrownBy(() -> trade.markSent(after.id(), after.version())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("market.delivery.notPlanned"));
        AsUser.run("pembeli.demo", () -> assertThatThrownBy(() -> trade.markReceived(after.id(), after.version()))
                .isInstanceOf(InvalidInput.class));
    }

    /** A fresh weekly order from the demo hotel to the demo owner: six deliveries, the first due today. */
    private OrderView newOrder(String place) {
        long product = jdbc.sql("""
                SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                JOIN app_user u ON u.id = b.owner_user_id WHERE l.published AND u.username = 'pemilik.demo' ORDER BY l.product_id LIMIT 1""")
                .query(Long.class).single();
        LocalDate start = today.date();
        long inquiry = AsUser.call("pembeli.demo", () -> trade.send(product, new InquiryForm(120, start, place, null)));
        AsUser.run("pemilik.demo", () -> trade.answer(inquiry, 1, new AnswerForm(true, new BigDecimal("12500"), null, null)));
        long id = AsUser.call("pembeli.demo", () -> trade.order(inquiry, 2, new OrderForm(start, start.plusWeeks(5))));
        var order = AsUser.call("pembeli.demo", () -> orders.buyers(id));
        assertThat(order.deliveries()).hasSize(6);
        return order;
    }

    /** The order, its change requests and its deliveries, to compare before and after a refused request. */
    private String snapshot(long orderId) {
        return String.join("|", List.of(
                jdbc.sql("SELECT status || version || quantity || weekday || ends_on || place FROM market_order WHERE id = ?").param(orderId)
                        .query(String.class).single(),
                jdbc.sql("SELECT coalesce(string_agg(id || status, ',' ORDER BY id), '') FROM market_order_change WHERE order_id = ?")
                        .param(orderId).query(String.class).single(),
                jdbc.sql("SELECT string_agg(id || status || version || quantity || due_on, ',' ORDER BY id) FROM market_delivery WHERE order_id = ?")
                        .param(orderId).query(String.class).single()));
    }

    private void awaitInbox(String username, String kind, String link) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM notification_inbox WHERE username = ? AND kind = ? AND link = ?")
                .params(username, kind, link).query(Long.class).single() >= 1);
    }

    private void createUser(String username, Role role) {
        if (!accounts.usernameTaken(username)) {
            accounts.create(new Accounts.NewUser(username, "Test " + username, null, null, "Rahasia-Kuat-1", null, Set.of(role), List.of()));
        }
    }
}
