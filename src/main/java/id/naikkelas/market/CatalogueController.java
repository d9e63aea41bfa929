package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.Regions;
import id.naikkelas.storage.FileStore;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The public catalogue pages ({@code /katalog}): no account, light HTML that works without script, photos that load
 * lazily with their size reserved. A filter form is a GET, so every search is a link a buyer can share.
 */
@Controller
class CatalogueController {

    private static final CacheControl PHOTO_CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    private final Catalogue catalogue;
    private final Regions regions;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Access access;
    private final Featured featured;
    private final Collections collections;

    CatalogueController(Catalogue catalogue, Regions regions, FileStore files, JdbcClient jdbc, MessageSource messages, Access access,
                        Featured featured, Collections collections) {
        this.featured = featured;
        this.collections = collections;
        this.catalogue = catalogue;
        this.regions = regions;
        this.files = files;
        this.jdbc = jdbc;
        this.messages = messages;
        this.access = access;
    }

    @GetMapping("/katalog")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) String province, @RequestParam(required = false) String regency,
                @RequestParam(required = false) List<String> badge, @RequestParam(required = false) Long program,
                @RequestParam(defaultValue = "false") boolean speciality, @RequestParam(required = false) String collection,
                @RequestParam(defaultValue = "1") int page, Model model) {
        String region = regency != null && !regency.isBlank() && province != null && regency.startsWith(province + ".") ? regency : province;
        var query = new CatalogueQuery(q, category, region, badge, program, speciality, collection);
        var collectionChoices = collections.published(Collections.CHOICES);
        model.addAttribute("collectionChoices", collectionChoices);
        if (query.browsing() && page == 1) {
            // the first page, nothing asked: what agencies put forward (ADR 0022)
            model.addAttribute("featured", featured.showcase());
            model.addAttribute("collections", collectionChoices.subList(0, Math.min(collectionChoices.size(), Collections.SHOWN_ON_HOME)));
        }
        model.addAttribute("query", query);
        model.addAttribute("province", province);
        model.addAttribute("regency", region != null && region.length() > 2 ? region : null);
        model.addAttribute("provinces", regions.children(null));
        model.addAttribute("regencies", province == null || province.isBlank() ? List.of() : regions.children(province));
        model.addAttribute("categories", jdbc.sql("SELECT code, name_id, name_en FROM food_category WHERE parent_code IS NULL ORDER BY code")
                .query((rs, i) -> new Choice(rs.getString("code"), english() ? rs.getString("name_en") : rs.getString("name_id"))).list());
        model.addAttribute("badgeCodes", catalogue.badgeCodes());
        model.addAttribute("programs", catalogue.programChoices());
        try {
            model.addAttribute("result", catalogue.search(query, page));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.violations());
        }
        return "market/catalogue";
    }

    @GetMapping("/katalog/produk/{id}")
    String product(@PathVariable long id, Model model) {
        var product = catalogue.product(id);
        String url = absolute("/katalog/produk/" + id);
        model.addAttribute("product", product);
        model.addAttribute("url", url);
        model.addAttribute("imageUrl", product.photos().isEmpty() ? absolute("/img/logo.svg")
                : absolute("/katalog/foto/" + product.photos().get(0).id() + ".jpg"));
        model.addAttribute("whatsappLink", whatsappLink(product.whatsapp(),
                messages.getMessage("market.whatsapp.text", new Object[] {product.card().name(), url}, LocaleContextHolder.getLocale())));
        // a buyer asks the owner from here; everyone else sees the page as the public does
        model.addAttribute("asBuyer", access.current().map(u -> u.has(Role.BUYER)).orElse(false));
        return "market/product";
    }

    /** A card to print for a stall or a packaging label: the product, its badges and a QR code to its page. */
    @GetMapping("/katalog/produk/{id}/kartu")
    String card(@PathVariable long id, Model model) {
        var product = catalogue.product(id);
        model.addAttribute("product", product);
        model.addAttribute("url", absolute("/katalog/produk/" + id));
        return "market/card";
    }

    @GetMapping(value = "/katalog/produk/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable long id) {
        catalogue.product(id);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrSvg.of(absolute("/katalog/produk/" + id)));
    }

    @GetMapping("/katalog/usaha/{id}")
    String business(@PathVariable long id, Model model) {
        var business = catalogue.business(id);
        String url = absolute("/katalog/usaha/" + id);
        model.addAttribute("business", business);
        model.addAttribute("url", url);
        var photo = business.products().stream().filter(p -> p.photo() != null).findFirst();
        model.addAttribute("imageUrl", photo.map(p -> absolute("/katalog/foto/" + p.photo().id() + ".jpg")).orElse(absolute("/img/logo.svg")));
        model.addAttribute("whatsappLink", whatsappLink(business.whatsapp(),
                messages.getMessage("market.whatsapp.text", new Object[] {business.name(), url}, LocaleContextHolder.getLocale())));
        model.addAttribute("asBuyer", access.current().map(u -> u.has(Role.BUYER)).orElse(false));
        return "market/business";
    }

    /** A photo of a published product; others are not found, whatever their number. */
    @GetMapping("/katalog/foto/{id}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        var bytes = files.get(catalogue.publicPhotoKey(id)).orElseThrow(() -> new id.naikkelas.common.NotFound("photo", id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(PHOTO_CACHE).body(bytes);
    }

    /** {@code https://wa.me/<number>?text=...}, or null when the owner gave no number. */
    static String whatsappLink(String e164, String text) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        return "https://wa.me/" + e164.replaceAll("\\D", "") + "?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    record Choice(String code, String name) {
    }
}
