package id.naikkelas.programs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/partner")
@PreAuthorize("hasRole('PARTNER')")
@Tag(name = "Partners", description = "What a partner organisation sees of the programs it partners in")
class PartnerApiController {

    private final Enrollments enrollments;

    PartnerApiController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @GetMapping("/participants")
    @Operation(summary = "The participants the caller's organisation's members facilitate now")
    List<EnrollmentView> participants() {
        return enrollments.ofMyPartnerMembers();
    }
}
