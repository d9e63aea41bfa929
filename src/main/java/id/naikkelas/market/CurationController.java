package id.naikkelas.market;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Kurasi": an agency's officers put products forward, build collections and run market events from a phone. Each
 * page searches what may be added (within the jurisdiction) with a plain GET form; every change posts the version the
 * page was read at, and a stale one is refused with a notice instead of overwriting someone else's change.
 */
@Controller
@RequestMapping("/kurasi")
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
class CurationController {

    private final Featured featured;
    private final Collections collections;
    private final MarketEvents events;
    private final CuratedChoices choices;
    private final JoinRequests joins;

    CurationController(Featured featured, Collections collections, MarketEvents events, CuratedChoices choices, JoinRequests joins) {
        this.joins = joins;
        this.featured = featured;
        this.collections = collections;
        this.events = events;
        this.choices = choices;
    }

    @GetMapping
    String home(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("collections", collections.mine());
        model.addAttribute("featured", featured.mine());
        model.addAttribute("events", events.mine());
        search(model, q, () -> choices.products(q));
        return "market/curation";
    }

    @PostMapping("/pilihan")
    String feature(@RequestParam(required = false) Long productId, @RequestParam(required = false) LocalDate until, RedirectAttributes redirect) {
        return act(redirect, "/kurasi", "market.curation.featuredAdded", () -> featured.add(new FeaturedForm(productId, until)));
    }

    @PostMapping("/pilihan/{id}/hapus")
    String unfeature(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        featured.get(id);
        return act(redirect, "/kurasi", "market.curation.featuredRemoved", () -> featured.remove(id, version));
    }

    // ---- collections -------------------------------------------------------------------------------------------------

    @GetMapping("/koleksi/baru")
    String newCollection(Model model) {
        model.addAttribute("form", new CollectionForm(null, null, null, null, false, List.of()));
        return "market/collection-new";
    }

    @PostMapping("/koleksi")
    String createCollection(@ModelAttribute("form") CollectionForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                // a new collection starts as an empty draft: its products are added on the next page
                return "redirect:/kurasi/koleksi/" + collections.create(new CollectionForm(form.title(), form.slug(), form.description(),
                        null, false, List.of()));
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            }
        }
        return "market/collection-new";
    }

    @GetMapping("/koleksi/{id}")
    String collection(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var view = collections.get(id);
        model.addAttribute("view", view);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", view.collection());
        }
        model.addAttribute("version", view.version());
        search(model, q, () -> choices.products(q));
        return "market/collection-form";
    }

    @PostMapping("/koleksi/{id}")
    String saveCollection(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") CollectionForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        var view = collections.get(id);
        if (!binding.hasErrors()) {
            try {
                collections.save(id, version, form);
                redirect.addFlashAttribute("notice", "market.curation.saved");
                return "redirect:/kurasi/koleksi/" + id;
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        model.addAttribute("results", List.of());
        return "market/collection-form";
    }

    @PostMapping("/koleksi/{id}/produk")
    String addToCollection(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long productId,
                           RedirectAttributes redirect) {
        var view = collections.get(id);
        var products = new ArrayList<>(view.collection().productIds());
        products.add(productId);
        return act(redirect, "/kurasi/koleksi/" + id, "market.curation.productAdded",
                () -> collections.save(id, version, view.collection().withProducts(products)));
    }

    @PostMapping("/koleksi/{id}/produk/{productId}/hapus")
    String removeFromCollection(@PathVariable long id, @PathVariable long productId, @RequestParam int version, RedirectAttributes redirect) {
        var view = collections.get(id);
        var products = new ArrayList<>(view.collection().productIds());
        products.remove(productId);
        // the cover goes with its product
        var kept = view.items().stream().filter(i -> i.productId() != productId).anyMatch(i -> i.photoIds().contains(view.collection().coverPhotoId()));
        var form = new CollectionForm(view.collection().title(), view.collection().slug(), view.collection().description(),
                kept ? view.collection().coverPhotoId() : null, view.collection().published() && !products.isEmpty(), products);
        return act(redirect, "/kurasi/koleksi/" + id, "market.curation.productRemoved", () -> collections.save(id, version, form));
    }

    @PostMapping("/koleksi/{id}/produk/{productId}/naik")
    String moveUp(@PathVariable long id, @PathVariable long productId, @RequestParam int version, RedirectAttributes redirect) {
        var view = collections.get(id);
        var products = new ArrayList<>(view.collection().productIds());
        int at = products.indexOf(productId);
        if (at > 0) {
            products.add(at - 1, products.remove(at));
        }
        return act(redirect, "/kurasi/koleksi/" + id, "market.curation.saved",
                () -> collections.save(id, version, view.collection().withProducts(products)));
    }

    @PostMapping("/koleksi/{id}/hapus")
    String deleteCollection(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        collections.get(id);
        String back = act(redirect, "/kurasi", "market.curation.deleted", () -> collections.delete(id, version));
        return redirect.getFlashAttributes().containsKey("problems") ? "redirect:/kurasi/koleksi/" + id : back;
    }

    // ---- events ------------------------------------------------------------------------------------------------------

    @GetMapping("/acara/baru")
    String newEvent(Model model) {
        model.addAttribute("form", new MarketEventForm(null, MarketEventKind.BAZAAR, null, null, null, null, null, null, MarketEventStatus.DRAFT,
                null, null));
        return eventForm(model);
    }

    @PostMapping("/acara")
    String createEvent(@ModelAttribute("form") MarketEventForm form, BindingResult binding, RegionChoice region, Model model) {
        var chosen = withRegion(form, region);
        model.addAttribute("form", chosen);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/kurasi/acara/" + events.create(chosen);
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            }
        }
        return eventForm(model);
    }

    @GetMapping("/acara/{id}")
    String event(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var view = events.get(id);
        model.addAttribute("view", view);
        model.addAttribute("form", view.event());
        model.addAttribute("version", view.version());
        model.addAttribute("participantIds", view.participants().stream().map(MarketEventView.Participant::businessId).toList());
        model.addAttribute("requests", joins.ofEvent(id));
        search(model, q, () -> choices.businesses(q));
        return eventForm(model);
    }

    @PostMapping("/acara/{id}")
    String saveEvent(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") MarketEventForm form, BindingResult binding,
                     RegionChoice region, Model model, RedirectAttributes redirect) {
        var view = events.get(id);
        var chosen = withRegion(form, region);
        if (!binding.hasErrors()) {
            try {
                events.save(id, version, chosen);
                redirect.addFlashAttribute("notice", "market.curation.saved");
                return "redirect:/kurasi/acara/" + id;
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("form", chosen);
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        model.addAttribute("results", List.of());
        return eventForm(model);
    }

    @PostMapping("/acara/{id}/peserta")
    String saveParticipant(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long businessId,
                           @RequestParam(required = false) String booth, @RequestParam(required = false) List<Long> productIds,
                           RedirectAttributes redirect) {
        events.get(id);
        return act(redirect, "/kurasi/acara/" + id, "market.curation.participantSaved",
                () -> events.saveParticipant(id, version, new ParticipantForm(businessId, booth, productIds)));
    }

    @PostMapping("/acara/{id}/peserta/{businessId}/hapus")
    String removeParticipant(@PathVariable long id, @PathVariable long businessId, @RequestParam int version, RedirectAttributes redirect) {
        events.get(id);
        return act(redirect, "/kurasi/acara/" + id, "market.curation.participantRemoved", () -> events.removeParticipant(id, version, businessId));
    }

    // ---- owners' requests to take part (ADR 0031) -------------------------------------------------------------------

    @PostMapping("/acara/{id}/permintaan/{requestId}/terima")
    String acceptRequest(@PathVariable long id, @PathVariable long requestId, @RequestParam int version, RedirectAttributes redirect) {
        requestOf(id, requestId);
        return act(redirect, "/kurasi/acara/" + id + "#permintaan", "market.join.acceptedNotice", () -> joins.accept(requestId, version));
    }

    @PostMapping("/acara/{id}/permintaan/{requestId}/tolak")
    String declineRequest(@PathVariable long id, @PathVariable long requestId, @RequestParam int version,
                          @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        requestOf(id, requestId);
        return act(redirect, "/kurasi/acara/" + id + "#permintaan", "market.join.declinedNotice", () -> joins.decline(requestId, version, reason));
    }

    /** The request, when it is one of this event's and the curator may answer it; anything else is not found. */
    private void requestOf(long eventId, long requestId) {
        if (joins.get(requestId).marketEventId() != eventId) {
            throw new id.naikkelas.common.NotFound("join_request", requestId);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /** The form with the region the picker's selects show (a form the binder could not build is an empty one). */
    private static MarketEventForm withRegion(MarketEventForm form, RegionChoice region) {
        var base = form != null ? form : new MarketEventForm(null, null, null, null, null, null, null, null, null, null, null);
        return base.withRegion(region.chosen());
    }

    private String eventForm(Model model) {
        model.addAttribute("kinds", MarketEventKind.values());
        model.addAttribute("statuses", MarketEventStatus.values());
        if (!model.containsAttribute("results")) {
            model.addAttribute("results", List.of());
        }
        return "market/event-form";
    }

    /** Runs a search for the page; a bad query is shown as the page's problem, not an error page. */
    private static void search(Model model, String q, java.util.function.Supplier<List<?>> search) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("results", search.get());
        } catch (InvalidInput e) {
            model.addAttribute("results", List.of());
            model.addAttribute("problems", e.violations());
        }
    }

    /** Does one change, then back to {@code page} with a notice, or with the reasons it was refused (nothing changed). */
    private static String act(RedirectAttributes redirect, String page, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("version", "market.conflict", List.of())));
        }
        return "redirect:" + page;
    }
}
