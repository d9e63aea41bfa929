package id.naikkelas.programs;

import id.naikkelas.common.JourneySource;
import id.naikkelas.common.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/programs/{programId}/participants/{enrollmentId}/journey")
@Tag(name = "Programs", description = "Programs, enrolment, facilitator assignment, visits and awards")
class JourneyApiController {

    private final ParticipantJourney journey;
    private final Handovers handovers;

    JourneyApiController(ParticipantJourney journey, Handovers handovers) {
        this.journey = journey;
        this.handovers = handovers;
    }

    @GetMapping
    @Operation(summary = "A participant's journey, newest first: the business's cases and steps, inspections, trainings, "
            + "visits, awards and hand-overs; each with its date and a link the caller may open (titles in Accept-Language)")
    List<JourneySource.Entry> get(@PathVariable long programId, @PathVariable long enrollmentId, Locale locale) {
        return journey.of(programId, enrollmentId, locale);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a permit or award handed over to the participant, with its date and photo "
            + "(the program's managers or the participant's facilitator); answers the journey with the new entry")
    ResponseEntity<List<JourneySource.Entry>> handOver(
            @PathVariable long programId, @PathVariable long enrollmentId,
            @Parameter(description = "Permit type code handed over (PIRT, HALAL, ...); or give award") @RequestParam(required = false) String permit,
            @Parameter(description = "Title of the award handed over; or give permit") @RequestParam(required = false) String award,
            @Parameter(description = "Day of the hand-over, not in the future") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOn,
            @RequestParam(required = false) String caption,
            @Parameter(description = "Photo of the hand-over (JPG, PNG or GIF, up to 10 MB)") @RequestParam(required = false) MultipartFile photo,
            Locale locale) {
        byte[] content = photo == null || photo.isEmpty() ? null : Uploads.read(photo, Handovers.MAX_PHOTO_BYTES, "photo");
        handovers.record(programId, enrollmentId, new Handovers.HandoverData(permit, award, handedOn, caption), content);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/participants/" + enrollmentId + "/journey"))
                .body(journey.of(programId, enrollmentId, locale));
    }
}
