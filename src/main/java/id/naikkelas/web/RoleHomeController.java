package id.naikkelas.web;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Regions;
import id.naikkelas.assessment.ActionFilter;
import id.naikkelas.assessment.CorrectiveActions;
import id.naikkelas.certification.Cases;
import id.naikkelas.feedback.Complaints;
import id.naikkelas.identity.Role;
import id.naikkelas.imports.ReviewQueue;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.ProgramCounts;
import id.naikkelas.programs.Programs;
import id.naikkelas.programs.Worklist;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitRegister;
import id.naikkelas.training.TrainingEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page of each role; capabilities contribute their sections as they arrive. */
@Controller
class RoleHomeController {

    private final Access access;
    private final Regions regions;
    private final Businesses businesses;
    private final Enrollments enrollments;
    private final CorrectiveActions actions;
    private final Programs programs;
    private final TrainingEvents events;
    private final Today today;
    private final Cases cases;
    private final PermitRegister permits;
    private final ReviewQueue reviews;
    private final ProgramCounts programCounts;
    private final Complaints complaints;

    RoleHomeController(Access access, Regions regions, Businesses businesses, Enrollments enrollments, CorrectiveActions actions,
                       Programs programs, TrainingEvents events, Today today, Cases cases, PermitRegister permits,
                       ReviewQueue reviews, ProgramCounts programCounts, Complaints complaints) {
        this.complaints = complaints;
        this.cases = cases;
        this.permits = permits;
        this.reviews = reviews;
        this.programCounts = programCounts;
        this.today = today;
        this.actions = actions;
        this.programs = programs;
        this.events = events;
        this.access = access;
        this.regions = regions;
        this.businesses = businesses;
        this.enrollments = enrollments;
    }

    @GetMapping("/petugas")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_MANAGER', 'OFFICER')")
    String officer(Model model) {
        addJurisdiction(model);
        // each count is the size of the list its tile links to, read with one indexed query
        var counts = businesses.countsByStatus();
        model.addAttribute("toVerify", counts.get(id.naikkelas.registry.BusinessStatus.DRAFT));
        model.addAttribute("verified", counts.get(id.naikkelas.registry.BusinessStatus.VERIFIED));
        model.addAttribute("overdueCases", cases.countOverdue());
        model.addAttribute("expiringPermits", permits.countExpiring(PermitRegister.RENEWAL_WINDOW_DAYS, today.date()));
        model.addAttribute("reviewsWaiting", reviews.waiting());
        model.addAttribute("overdueComplaints", complaints.countOverdue());
        if (access.require().has(Role.PROGRAM_MANAGER)) {
            model.addAttribute("programSummaries", programCounts.programs());
            model.addAttribute("facilitatorLoad", programCounts.facilitatorLoad());
        }
        return "home/officer";
    }

    @GetMapping("/pendamping")
    @PreAuthorize("hasRole('FACILITATOR')")
    String facilitator(@RequestParam(defaultValue = "ALL") Worklist show, Model model) {
        addJurisdiction(model);
        model.addAttribute("worklist", enrollments.assignedToMe(show));
        model.addAttribute("show", show);
        model.addAttribute("day", programCounts.facilitatorDay());
        model.addAttribute("overdueActions", actions.list(ActionFilter.OVERDUE, null, null, 50).items());
        model.addAttribute("today", today.date());
        return "home/facilitator";
    }

    /** A partner organisation (university, Pramuka, Kadin) sees the programs and training it takes part in. */
    @GetMapping("/mitra")
    @PreAuthorize("hasRole('PARTNER')")
    String partner(Model model) {
        addJurisdiction(model);
        model.addAttribute("programs", programs.list());
        model.addAttribute("events", events.list(false));
        return "home/partner";
    }

    private void addJurisdiction(Model model) {
        var jurisdiction = access.require().jurisdiction();
        model.addAttribute("jurisdictionLabels", jurisdiction.national()
                ? java.util.List.of("Indonesia")
                : jurisdiction.sortedCodes().stream().map(regions::label).toList());
    }
}
