package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.PermitType;
import id.naikkelas.storage.FileStore;
import id.naikkelas.storage.Images;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;

/**
 * Permit and award hand-overs: the moment a participant receives a permit (P-IRT, Halal, ...) or an award, with the
 * date and a photo, which the seed programs celebrate. Recorded by the program's managers or the participant's
 * facilitator; shown in the participant's journey.
 */
@Service
class Handovers {

    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Enrollments enrollments;
    private final Programs programs;
    private final Access access;
    private final AuditTrail audit;
    private final FileStore files;
    private final Today today;

    Handovers(JdbcClient jdbc, Enrollments enrollments, Programs programs, Access access, AuditTrail audit, FileStore files, Today today) {
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.programs = programs;
        this.access = access;
        this.audit = audit;
        this.files = files;
        this.today = today;
    }

    /** What the form or the API sends; exactly one of {@code permit} (a permit type code) and {@code award}. Serializable: a refused form comes back filled in through the database-backed session. */
    record HandoverData(String permit, String award, LocalDate handedOn, String caption) implements java.io.Serializable {
    }

    /** Whether the signed-in user may record a hand-over for the enrolment (the form is shown only then). */
    boolean mayRecord(long enrollmentId) {
        var stored = enrollments.load(enrollmentId);
        return programs.get(stored.programId()).manageable() || enrollments.isAssignedFacilitator(access.require(), enrollmentId);
    }

    @Transactional
    public long record(long programId, long enrollmentId, HandoverData data, byte[] photo) {
        var stored = enrollments.load(enrollmentId);
        // a program the user may not see answers NotFound, as its pages do; one they see but do not run, a refusal
        if (stored.programId() != programId || !programs.get(programId).manageable()
                && !enrollments.isAssignedFacilitator(access.require(), enrollmentId)) {
            if (stored.programId() != programId) {
                throw new NotFound("enrollment", enrollmentId);
            }
            throw new AccessDeniedException("neither manager of the program nor facilitator of the participant");
        }
        var problems = new InvalidInput.Collector();
        String permit = blank(data.permit());
        String award = blank(data.award());
        if (permit == null && award == null) {
            problems.add("permit", "journey.handover.what");
        } else if (permit != null && award != null) {
            problems.add("award", "journey.handover.oneOfThem");
        } else if (permit != null && !isPermitType(permit)) {
            problems.add("permit", "journey.handover.unknownPermit");
        } else if (award != null && award.length() > 200) {
            problems.add("award", "registry.tooLong", 200);
        }
        if (data.handedOn() == null) {
            problems.add("handedOn", "field.required");
        } else if (data.handedOn().isAfter(today.date())) {
            problems.add("handedOn", "journey.handover.future");
        }
        String caption = blank(data.caption());
        if (caption != null && caption.length() > 500) {
            problems.add("caption", "registry.tooLong", 500);
        }
        Images.Resized image = null;
        if (photo == null || photo.length == 0) {
            problems.add("photo", "journey.handover.photo");
        } else {
            image = Images.toJpeg(photo, 1600, "photo").orElse(null);
            if (image == null) {
                problems.add("photo", "registry.photo.notImage");
            }
        }
        problems.throwIfAny();
        String key = files.put("handovers", image.jpeg(), "jpg");
        long id = jdbc.sql("""
                        INSERT INTO permit_handover (enrollment_id, program_id, business_id, region_code, permit_type, award_title,
                                                     handed_on, caption, photo_key, photo_width, photo_height, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(enrollmentId, programId, stored.businessId(), stored.regionCode(), permit, award, data.handedOn(), caption,
                        key, image.width(), image.height(), access.require().username())
                .query(Long.class).single();
        var state = new LinkedHashMap<String, Object>();
        state.put("enrollment", enrollmentId);
        state.put(permit != null ? "permit" : "award", permit != null ? permit : award);
        state.put("handedOn", data.handedOn());
        audit.created("permit_handover", id, stored.regionCode(), state);
        return id;
    }

    /** The photo, for whoever may see the participant and the program. */
    byte[] photo(long handoverId) {
        var row = jdbc.sql("SELECT enrollment_id, program_id, photo_key FROM permit_handover WHERE id = ?").param(handoverId)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).optional()
                .orElseThrow(() -> new NotFound("handover", handoverId));
        enrollments.ofBusiness(enrollments.load((Long) row[0]).businessId());
        programs.get((Long) row[1]);
        return files.get((String) row[2]).orElseThrow(() -> new NotFound("handover", handoverId));
    }

    private static boolean isPermitType(String code) {
        for (var type : PermitType.values()) {
            if (type.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
