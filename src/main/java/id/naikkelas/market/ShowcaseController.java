package id.naikkelas.market;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static id.naikkelas.market.CatalogueController.absolute;

/**
 * What agencies curate, for the public (no account): a collection's page and the market events with their UMKM.
 * Pages carry Open Graph tags like product pages, so a shared link shows a picture and a title.
 */
@Controller
class ShowcaseController {

    private final Collections collections;
    private final MarketEvents events;

    ShowcaseController(Collections collections, MarketEvents events) {
        this.collections = collections;
        this.events = events;
    }

    @GetMapping("/katalog/koleksi/{slug}")
    String collection(@PathVariable String slug, Model model) {
        var page = collections.page(slug);
        model.addAttribute("collection", page);
        model.addAttribute("url", absolute("/katalog/koleksi/" + slug));
        model.addAttribute("imageUrl", page.cover() == null ? absolute("/img/logo.svg") : absolute("/katalog/foto/" + page.cover().id() + ".jpg"));
        return "market/collection";
    }

    @GetMapping("/katalog/acara")
    String events(Model model) {
        model.addAttribute("calendar", events.published());
        return "market/events";
    }

    @GetMapping("/katalog/acara/{id}")
    String event(@PathVariable long id, Model model) {
        var page = events.page(id);
        model.addAttribute("page", page);
        model.addAttribute("url", absolute("/katalog/acara/" + id));
        var photo = page.exhibitors().stream().flatMap(e -> e.products().stream()).map(ListingCard::photo)
                .filter(java.util.Objects::nonNull).findFirst();
        model.addAttribute("imageUrl", photo.map(p -> absolute("/katalog/foto/" + p.id() + ".jpg")).orElse(absolute("/img/logo.svg")));
        return "market/event";
    }
}
