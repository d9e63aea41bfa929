package id.naikkelas.training;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.FormRows;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Agencies;
import id.naikkelas.programs.Programs;
import id.naikkelas.reference.RegionChoice;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.SearchCriteria;
import id.naikkelas.registry.Sector;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/** Events for organisers: list, set-up form, the event page (with its participant table) and calling an event off. */
@Controller
class EventController {

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Quizzes quizzes;
    private final Businesses businesses;
    private final Programs programs;
    private final Agencies agencies;
    private final Access access;

    EventController(TrainingEvents events, Registrations registrations, Quizzes quizzes, Businesses businesses,
                    Programs programs, Agencies agencies, Access access) {
        this.events = events;
        this.registrations = registrations;
        this.quizzes = quizzes;
        this.businesses = businesses;
        this.programs = programs;
        this.agencies = agencies;
        this.access = access;
    }

    @GetMapping("/pelatihan")
    String list(@RequestParam(defaultValue = "false") boolean lalu, Model model) {
        var me = access.require();
        model.addAttribute("events", events.list(lalu));
        model.addAttribute("past", lalu);
        if (me.isOwner()) {
            model.addAttribute("mine", registrations.mine());
        }
        return "training/list";
    }

    @GetMapping("/pelatihan/baru")
    String newEvent(Model model) {
        events.checkCanCreate();
        var form = new EventForm();
        form.setType(EventType.PKP);
        form.setMode(EventMode.ON_SITE);
        var me = access.require();
        if (me.jurisdiction().sortedCodes().size() == 1) {
            form.setRegion(RegionChoice.of(me.jurisdiction().sortedCodes().get(0)));
        }
        return form(model, form, null);
    }

    @GetMapping("/pelatihan/{id}/ubah")
    String edit(@PathVariable long id, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            // saving would be refused: a participant does not get the organisers' form either
            throw new AccessDeniedException("not this user's event");
        }
        return form(model, EventForm.of(event), id);
    }

    /** Without script, "add a row" submits the form: it comes back with one more empty row, nothing saved. */
    @PostMapping(value = "/pelatihan", params = "add")
    String addRow(@RequestParam(required = false) Long id, @RequestParam String add, @ModelAttribute("form") EventForm form,
                  BindingResult binding, Model model) {
        form.addRow(add);
        return form(model, form, id);
    }

    @PostMapping(value = "/pelatihan", params = "remove")
    String removeRow(@RequestParam(required = false) Long id, @RequestParam String remove, @ModelAttribute("form") EventForm form,
                     BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return form(model, form, id);
    }

    @PostMapping("/pelatihan")
    String save(@RequestParam(required = false) Long id, @ModelAttribute("form") EventForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        try {
            // the rows' own problems show with any value the binder could not read, all at once
            var data = form.toData();
            if (binding.hasErrors()) {
                return form(model, form, id);
            }
            if (id == null) {
                id = events.create(data);
            } else {
                events.update(id, form.getVersion(), data);
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return form(model, form, id);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return form(model, form, id);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/pelatihan/" + id;
    }

    private String form(Model model, EventForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("types", EventType.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("programs", programs.list().stream().filter(p -> p.manageable()).toList());
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("pkpPassMark", events.rules().of(EventType.PKP).passMark());
        return "training/form";
    }

    /** The event: its facts for everyone, registration for owners, the participant table for organisers. */
    @GetMapping("/pelatihan/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var event = events.get(id);
        var me = access.require();
        model.addAttribute("event", event);
        model.addAttribute("q", q);
        if (me.isStaff()) {
            var all = registrations.ofEvent(id);
            model.addAttribute("registrations", all);
            model.addAttribute("summary", quizzes.summary(id));
            model.addAttribute("attendanceRates", attendanceRates(event, all));
            if (q != null && !q.isBlank() && me.isProgramStaff()) {
                model.addAttribute("candidates", businesses.search(SearchCriteria.text(q), null, 25).items());
            }
        }
        if (me.isOwner()) {
            model.addAttribute("myBusinesses", businesses.search(SearchCriteria.all(), null, 50).items());
            model.addAttribute("mine", registrations.mine().stream().filter(r -> r.eventId() == id).toList());
        }
        return "training/event";
    }

    /** Share of confirmed participants present at each session, in per cent. */
    private static List<Integer> attendanceRates(EventView event, List<RegistrationView> all) {
        var confirmed = all.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED).toList();
        var rates = new ArrayList<Integer>();
        for (var s : event.sessions()) {
            long present = confirmed.stream().filter(r -> r.attendedSessions().contains(s.position())).count();
            rates.add(confirmed.isEmpty() ? 0 : Math.round(100f * present / confirmed.size()));
        }
        return rates;
    }

    @PostMapping("/pelatihan/{id}/batal")
    String cancelEvent(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                       RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("cancelledCount", events.cancel(id, version, reason));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            // the form opens again with what was typed, and the page scrolls to it
            redirect.addFlashAttribute("cancelReason", reason == null ? "" : reason);
            return "redirect:/pelatihan/" + id + "#batal";
        }
        return "redirect:/pelatihan/" + id;
    }
}
