package id.naikkelas.programs;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.FormRows;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Agencies;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.SearchCriteria;
import id.naikkelas.registry.Sector;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;
import java.util.List;

/** Program pages for managers, partners and owners. */
@Controller
class ProgramController {

    private final Programs programs;
    private final Enrollments enrollments;
    private final Awards awards;
    private final Businesses businesses;
    private final Agencies agencies;
    private final Today today;
    private final Access access;

    ProgramController(Programs programs, Enrollments enrollments, Awards awards, Businesses businesses, Agencies agencies, Access access, Today today) {
        this.today = today;
        this.programs = programs;
        this.enrollments = enrollments;
        this.awards = awards;
        this.businesses = businesses;
        this.agencies = agencies;
        this.access = access;
    }

    @GetMapping("/program")
    String list(Model model) {
        model.addAttribute("programs", programs.list());
        return "programs/list";
    }

    @GetMapping("/program/baru")
    String newProgram(Model model) {
        programs.checkCanCreate();
        var form = new ProgramForm();
        form.setStartsOn(today.date());
        return form(model, form, null);
    }

    @GetMapping("/program/{id}/ubah")
    String edit(@PathVariable long id, Model model) {
        var program = programs.get(id);
        if (!program.manageable()) {
            // saving would be refused: owners and partners who see the program do not get its form either
            throw new AccessDeniedException("not this user's program");
        }
        return form(model, ProgramForm.of(program), id);
    }

    /** Without script, "add a row" submits the form: it comes back with one more empty row, nothing saved. */
    @PostMapping(value = "/program", params = "add")
    String addRow(@RequestParam(required = false) Long id, @RequestParam String add, @ModelAttribute("form") ProgramForm form,
                  BindingResult binding, Model model) {
        form.addRow(add);
        return form(model, form, id);
    }

    @PostMapping(value = "/program", params = "remove")
    String removeRow(@RequestParam(required = false) Long id, @RequestParam String remove, @ModelAttribute("form") ProgramForm form,
                     BindingResult binding, Model model) {
        FormRows.removeRow(form, remove, binding, model);
        return form(model, form, id);
    }

    @PostMapping("/program")
    String save(@RequestParam(required = false) Long id, @ModelAttribute("form") ProgramForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        try {
            // the rows' own problems show with any value the binder could not read, all at once
            var data = form.toData();
            if (binding.hasErrors()) {
                return form(model, form, id);
            }
            if (id == null) {
                id = programs.create(data);
            } else {
                programs.update(id, form.getVersion(), data);
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e, form::fieldOf);
            return form(model, form, id);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return form(model, form, id);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/program/" + id;
    }

    /** The manager's overview: enrolled businesses by stage, facilitator loads, overdue visits, outcomes. */
    @GetMapping("/program/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var program = programs.get(id);
        var all = enrollments.ofProgram(id);
        model.addAttribute("program", program);
        model.addAttribute("enrollments", all);
        model.addAttribute("awards", awards.ofProgram(id));
        model.addAttribute("today", this.today.date());
        model.addAttribute("loads", all.stream().filter(e -> e.facilitatorName() != null && e.status().isActive())
                .collect(java.util.stream.Collectors.groupingBy(EnrollmentView::facilitatorName, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
        model.addAttribute("outcomes", all.stream()
                .collect(java.util.stream.Collectors.groupingBy(EnrollmentView::status, () -> new java.util.EnumMap<>(EnrollmentStatus.class),
                        java.util.stream.Collectors.counting())));
        var active = all.stream().filter(e -> e.status().isActive() && e.stagePosition() != null)
                .collect(java.util.stream.Collectors.groupingBy(EnrollmentView::stagePosition, java.util.stream.Collectors.counting()));
        var stageCounts = new java.util.LinkedHashMap<ProgramView.StageView, Long>();
        program.stages().forEach(s -> stageCounts.put(s, active.getOrDefault(s.position(), 0L)));
        model.addAttribute("stageCounts", stageCounts);
        model.addAttribute("overdueCount", all.stream().filter(e -> e.missedVisits() > 0).count());
        model.addAttribute("q", q);
        if (program.manageable() && q != null && !q.isBlank()) {
            model.addAttribute("candidates", businesses.search(new SearchCriteria(q, null, null, null, null, null, null, null, null), null, 25).items());
        }
        var me = access.require();
        if (me.isOwner()) {
            model.addAttribute("myBusinesses", businesses.search(SearchCriteria.all(), null, 50).items());
        }
        return "programs/page";
    }

    @PostMapping("/program/{id}/peserta")
    String enroll(@PathVariable long id, @RequestParam(name = "business", required = false) List<Long> businessIds, RedirectAttributes redirect) {
        if (businessIds == null || businessIds.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("business", "programs.enroll.none", List.of())));
            return "redirect:/program/" + id;
        }
        var results = enrollments.enroll(id, businessIds);
        redirect.addFlashAttribute("enrolledCount", results.stream().filter(Enrollments.Result::enrolled).count());
        redirect.addFlashAttribute("problems", results.stream().flatMap(r -> r.reasons().stream()).toList());
        return "redirect:/program/" + id;
    }

    @PostMapping("/program/{id}/daftar")
    String apply(@PathVariable long id, @RequestParam long business, RedirectAttributes redirect) {
        try {
            enrollments.apply(id, business);
            redirect.addFlashAttribute("notice", "programs.applied");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/program/" + id;
    }

    @PostMapping("/program/{id}/penghargaan")
    String award(@PathVariable long id, @RequestParam long business, @RequestParam String title,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            awards.give(id, business, title, awardedOn == null ? this.today.date() : awardedOn, note);
            redirect.addFlashAttribute("notice", "programs.award.given");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/program/" + id + "#penghargaan";
    }

    /** The programs and awards of a business, loaded into its profile page (htmx). */
    @GetMapping("/usaha/{businessId}/program")
    String ofBusiness(@PathVariable long businessId, Model model) {
        model.addAttribute("enrollments", enrollments.ofBusiness(businessId));
        model.addAttribute("awards", awards.ofBusiness(businessId));
        return "programs/business :: section";
    }

    private String form(Model model, ProgramForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("programId", id);
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("scales", BusinessScale.values());
        model.addAttribute("facilitations", Facilitation.values());
        model.addAttribute("agencies", agencies.list());
        return "programs/form";
    }
}
