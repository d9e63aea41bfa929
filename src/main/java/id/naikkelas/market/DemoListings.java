package id.naikkelas.market;

import id.naikkelas.database.DemoMode;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.Products;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo mode: publishes products of verified demo businesses that hold permits, so the catalogue has something to
 * show, with a drawn photo, a price, trade terms, and a story and WhatsApp number for some businesses. Halal chips
 * come first, so a visitor finds one in several provinces.
 */
@Component
@Order(50)
class DemoListings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoListings.class);
    private static final int HALAL_SNACKS = 8;
    private static final int OTHERS = 24;
    private static final String OWNER_BUSINESS = "Keripik Nenas Ibu Sumarni";
    private static final List<String> SPECIALITIES = List.of("nenas", "kopi", "kulit ikan", "lempok", "dodol", "amplang", "tapis");
    private static final Color[] BACKGROUNDS = {new Color(0xF2A900), new Color(0x0B6E4F), new Color(0xB5502B), new Color(0x6A4C93),
            new Color(0x1F4E8C), new Color(0x8A6D1E)};

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Access access;
    private final Listings listings;
    private final Products products;

    DemoListings(DemoMode demo, JdbcClient jdbc, Access access, Listings listings, Products products) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.access = access;
        this.listings = listings;
        this.products = products;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT count(*) FROM catalogue_listing").query(Long.class).single() > 0) {
            return;
        }
        var chosen = new ArrayList<Candidate>();
        chosen.addAll(candidates("""
                p.name ILIKE 'keripik%' AND EXISTS (SELECT 1 FROM registry_permit h WHERE h.product_id = p.id AND h.type = 'HALAL')""",
                HALAL_SNACKS));
        chosen.addAll(candidates("(b.name = '" + OWNER_BUSINESS + "' OR EXISTS (SELECT 1 FROM registry_permit h WHERE h.product_id = p.id))"
                + (chosen.isEmpty() ? "" : " AND p.id NOT IN (" + String.join(",", chosen.stream().map(c -> String.valueOf(c.id())).toList()) + ")"),
                OTHERS));
        access.runAs("admin", () -> {
            var storied = new java.util.HashSet<Long>();
            for (int i = 0; i < chosen.size(); i++) {
                var c = chosen.get(i);
                products.addPhoto(c.id(), photo(c.name(), c.brand(), BACKGROUNDS[i % BACKGROUNDS.length]));
                int price = 12_000 + (i % 7) * 3_000;
                boolean speciality = SPECIALITIES.stream().anyMatch(s -> c.name().toLowerCase(java.util.Locale.ROOT).contains(s));
                listings.save(c.id(), 0, new ListingForm(true, BigDecimal.valueOf(price), BigDecimal.valueOf(price + 3_000),
                        c.netContent() == null ? "bungkus" : "bungkus " + c.netContent(), 20 + (i % 4) * 10, 150 + (i % 5) * 100, speciality));
                if (storied.add(c.businessId())) {
                    listings.saveProfile(c.businessId(), 0, new BusinessProfileForm(story(c), i % 3 == 0 || OWNER_BUSINESS.equals(c.business())
                            ? "0812" + String.format("%08d", 11_000_000 + c.businessId()) : null));
                }
            }
            return null;
        });
        log.info("Demo mode: published {} products in the catalogue", chosen.size());
    }

    private record Candidate(long id, String name, String brand, String netContent, long businessId, String business, String place) {
    }

    /** Products of verified businesses matching {@code condition}, spread over regions (one a business). */
    private List<Candidate> candidates(String condition, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (p.business_id) p.id, p.name, p.brand, p.net_content, p.business_id, b.name AS business, k.name AS place
                        FROM registry_catalogue_product p JOIN registry_business b ON b.id = p.business_id
                        LEFT JOIN region k ON k.code = left(p.region_code, 5)
                        WHERE p.active AND b.status = 'VERIFIED' AND """ + " " + condition + " ORDER BY p.business_id, p.id")
                .query((rs, i) -> new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("brand"), rs.getString("net_content"),
                        rs.getLong("business_id"), rs.getString("business"), rs.getString("place")))
                .list().stream()
                .sorted(java.util.Comparator.comparing((Candidate c) -> !OWNER_BUSINESS.equals(c.business())).thenComparing(Candidate::place,
                        java.util.Comparator.nullsLast(String::compareTo)))
                .limit(limit).toList();
    }

    private static String story(Candidate c) {
        return "Usaha rumahan di " + c.place() + " yang membuat " + c.name().toLowerCase(java.util.Locale.ROOT)
                + " dari bahan petani sekitar. Dikemas rapi, tahan lama, dan siap dikirim untuk toko oleh-oleh, hotel dan acara.";
    }

    /** A simple drawn "photo": the product's name on a pack over a coloured background (no stock image needed). */
    static byte[] photo(String name, String brand, Color background) {
        int size = 480;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, background.brighter(), size, size, background.darker()));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRoundRect(90, 70, 300, 340, 36, 36);
        g.setColor(background.darker());
        g.fillRoundRect(90, 70, 300, 60, 36, 36);
        g.fillRect(90, 100, 300, 30);
        g.setColor(background.darker().darker());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        int y = 210;
        for (String line : wrap(name, 14)) {
            int width = g.getFontMetrics().stringWidth(line);
            g.drawString(line, (size - width) / 2, y);
            y += 42;
        }
        if (brand != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            String text = brand.length() > 22 ? brand.substring(0, 22) : brand;
            g.drawString(text, (size - g.getFontMetrics().stringWidth(text)) / 2, Math.min(y + 20, 390));
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines.subList(0, Math.min(lines.size(), 3));
    }
}
