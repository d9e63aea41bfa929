package id.naikkelas.web;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Regions;
import id.naikkelas.assessment.ActionFilter;
import id.naikkelas.assessment.CorrectiveActions;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.Businesses;
import id.naikkelas.training.TrainingEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    RoleHomeController(Access access, Regions regions, Businesses businesses, Enrollments enrollments, CorrectiveActions actions,
                       Programs programs, TrainingEvents events, Today today) {
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
        model.addAttribute("counts", businesses.countsByStatus());
        return "home/officer";
    }

    @GetMapping("/pendamping")
    @PreAuthorize("hasRole('FACILITATOR')")
    String facilitator(Model model) {
        addJurisdiction(model);
        model.addAttribute("worklist", enrollments.assignedToMe());
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
