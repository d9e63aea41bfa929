package id.naikkelas.web;

import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.PartnerContributions;
import id.naikkelas.training.TrainingEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A partner organisation's own pages (issue 18 part 3): the participants its members facilitate, and what it has
 * given, from the programs' records and the training it co-organised.
 */
@Controller
@PreAuthorize("hasRole('PARTNER')")
@Tag(name = "Partners")
class PartnerController {

    private final Enrollments enrollments;
    private final PartnerContributions contributions;
    private final TrainingEvents events;

    PartnerController(Enrollments enrollments, PartnerContributions contributions, TrainingEvents events) {
        this.enrollments = enrollments;
        this.contributions = contributions;
        this.events = events;
    }

    /** The contribution with the trainings held (past events it co-organised) and still to come. */
    record Contribution(PartnerContributions.Contribution programs, int trainingsGiven, int trainingsPlanned) {
    }

    @GetMapping("/mitra/peserta")
    String participants(Model model) {
        model.addAttribute("participants", enrollments.ofMyPartnerMembers());
        return "home/partner-participants";
    }

    @GetMapping("/mitra/kontribusi")
    String contribution(Model model) {
        model.addAttribute("c", contribution());
        return "home/partner-contribution";
    }

    @GetMapping("/api/v1/partner/contribution")
    @ResponseBody
    @Operation(summary = "The caller's organisation's contribution: members facilitating, participants, visits, trainings given")
    Contribution contributionApi() {
        return contribution();
    }

    private Contribution contribution() {
        return new Contribution(contributions.mine(), events.list(true).size(), events.list(false).size());
    }
}
