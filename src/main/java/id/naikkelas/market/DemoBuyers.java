package id.naikkelas.market;

import id.naikkelas.common.Today;
import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;

/**
 * Demo mode: {@code pembeli.demo} is a hotel in Bandar Lampung, verified by the city's officer, that asked the demo
 * owner for their chips, got an answer and orders them every Monday for three months. Runs after the listings.
 */
@Component
@Order(60)
class DemoBuyers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBuyers.class);
    static final String BUYER = "pembeli.demo";
    static final String OWNER = "pemilik.demo";

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final Trade trade;
    private final Today today;

    DemoBuyers(DemoMode demo, JdbcClient jdbc, Access access, Trade trade, Today today) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.trade = trade;
        this.today = today;
    }

    @Override
    public void run(ApplicationArguments args) {
        var buyer = access.byUsername(BUYER).orElse(null);
        var owner = access.byUsername(OWNER).orElse(null);
        if (!demo.enabled() || buyer == null || owner == null
                || jdbc.sql("SELECT count(*) FROM market_buyer").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO market_buyer (user_id, organisation, type, region_code, verified_at, verified_by)
                VALUES (?, 'Hotel Sahid Lampung', 'HOTEL', '18.71', ?, 'petugas.bandarlampung')""")
                .params(buyer.id(), today.now()).update();
        var product = jdbc.sql("""
                        SELECT l.product_id FROM catalogue_listing l JOIN registry_business b ON b.id = l.business_id
                        WHERE l.published AND b.owner_user_id = ? ORDER BY l.product_id LIMIT 1""")
                .param(owner.id()).query(Long.class).optional();
        if (product.isEmpty()) {
            return;
        }
        var monday = today.date().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long inquiry = access.runAs(BUYER, () -> trade.send(product.get(), new InquiryForm(200, monday, "Hotel Sahid Lampung, Jl. Yos Sudarso, Bandar Lampung",
                "Kemasan 250 g untuk minibar kamar.")));
        access.runAs(OWNER, () -> {
            trade.answer(inquiry, 1, new AnswerForm(true, new BigDecimal("14000"), "Dikirim setiap Senin pagi sebelum pukul 09.00.", null));
            return null;
        });
        access.runAs(BUYER, () -> trade.order(inquiry, 2, new OrderForm(monday, monday.plusWeeks(11))));
        log.info("Demo mode: {} is a verified hotel buyer with one weekly order", BUYER);
    }
}
