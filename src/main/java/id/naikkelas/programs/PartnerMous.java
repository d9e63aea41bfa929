package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Regions;
import id.naikkelas.storage.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A partner's MoU in a program (issue 18 part 3): its term (set with the program), its scope (regions and activities)
 * and the signed document. The program's managers change it; the partner organisation reads its own.
 */
@Service
public class PartnerMous {

    static final int MAX_DOCUMENT = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Access access;
    private final Regions regions;
    private final FileStore files;
    private final AuditTrail audit;
    private final Today today;

    PartnerMous(JdbcClient jdbc, Programs programs, Access access, Regions regions, FileStore files, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.access = access;
        this.regions = regions;
        this.files = files;
        this.audit = audit;
        this.today = today;
    }

    public record MouView(long programId, String programName, long agencyId, String agencyName, String role, String mouNumber,
                          LocalDate signedOn, LocalDate expiresOn, String scopeNote, List<String> regionCodes, List<String> regionLabels,
                          Set<MouTerms.Activity> activities, String documentName, boolean inForce, boolean manageable, int version) {
    }

    public record Scope(List<String> regionCodes, Set<MouTerms.Activity> activities) {
    }

    public MouView get(long programId, long agencyId) {
        var program = programs.get(programId);
        var me = access.require();
        if (!program.manageable() && !java.util.Objects.equals(me.agencyId(), agencyId)) {
            throw new NotFound("program_partner", agencyId);
        }
        LocalDate date = today.date();
        return jdbc.sql("""
                        SELECT pp.*, a.name AS agency_name FROM program_partner pp JOIN identity_agency a ON a.id = pp.agency_id
                        WHERE pp.program_id = ? AND pp.agency_id = ?""")
                .params(programId, agencyId)
                .query((rs, i) -> {
                    var codes = Arrays.asList((String[]) rs.getArray("mou_region_codes").getArray());
                    var activities = EnumSet.noneOf(MouTerms.Activity.class);
                    Arrays.stream((String[]) rs.getArray("mou_activities").getArray()).forEach(a -> activities.add(MouTerms.Activity.valueOf(a)));
                    var signed = rs.getObject("mou_signed_on", LocalDate.class);
                    var expires = rs.getObject("mou_expires_on", LocalDate.class);
                    return new MouView(programId, program.name(), agencyId, rs.getString("agency_name"), rs.getString("role"),
                            rs.getString("mou_number"), signed, expires, rs.getString("mou_scope"), codes,
                            codes.stream().map(regions::label).toList(), activities, rs.getString("mou_document_name"),
                            MouTerms.inForce(signed, expires, date), program.manageable(), rs.getInt("version"));
                })
                .optional().orElseThrow(() -> new NotFound("program_partner", agencyId));
    }

    /** The regions (within the program's) and activities the MoU covers; none of either means all. */
    @Transactional
    public void saveScope(long programId, long agencyId, int version, Scope scope) {
        var before = manageable(programId, agencyId);
        var program = programs.get(programId);
        var problems = new InvalidInput.Collector();
        var codes = scope.regionCodes() == null ? List.<String>of() : scope.regionCodes().stream().distinct().toList();
        for (String code : codes) {
            if (!regions.exists(code)) {
                problems.add("regionCodes", "region.unknown", code);
            } else if (program.regionCodes().stream().noneMatch(pc -> code.equals(pc) || code.startsWith(pc + "."))) {
                problems.add("regionCodes", "partner.mou.regionOutside", code);
            }
        }
        problems.throwIfAny();
        var activities = scope.activities() == null ? Set.<MouTerms.Activity>of() : scope.activities();
        int updated = jdbc.sql("""
                        UPDATE program_partner SET mou_region_codes = ?, mou_activities = ?, version = version + 1
                        WHERE program_id = ? AND agency_id = ? AND version = ?""")
                .params(codes.toArray(String[]::new), activities.stream().map(Enum::name).sorted().toArray(String[]::new),
                        programId, agencyId, version)
                .update();
        if (updated == 0) {
            throw new EditConflict("program_partner", agencyId);
        }
        audit.action("program", programId, "MOU_SCOPE", program.regionCodes().get(0),
                Map.of("agency", agencyId, "regions", before.regionCodes(), "activities", before.activities().stream().map(Enum::name).sorted().toList()),
                Map.of("agency", agencyId, "regions", codes, "activities", activities.stream().map(Enum::name).sorted().toList()));
    }

    /** The signed MoU, a PDF (a scan of the signed paper); a new one replaces the old. */
    @Transactional
    public void attachDocument(long programId, long agencyId, String fileName, byte[] content) {
        var before = manageable(programId, agencyId);
        if (content == null || content.length == 0) {
            throw InvalidInput.of("document", "field.required");
        }
        if (content.length > MAX_DOCUMENT) {
            throw InvalidInput.of("document", "upload.tooLarge", MAX_DOCUMENT / (1024 * 1024));
        }
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw InvalidInput.of("document", "partner.mou.pdfOnly");
        }
        String name = fileName == null || fileName.isBlank() ? "MoU.pdf" : fileName;
        String key = files.put("mou/" + programId, content, "pdf");
        String old = jdbc.sql("SELECT mou_document_key FROM program_partner WHERE program_id = ? AND agency_id = ?")
                .params(programId, agencyId).query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE program_partner SET mou_document_key = ?, mou_document_name = ?, version = version + 1 WHERE program_id = ? AND agency_id = ?")
                .params(key, name, programId, agencyId).update();
        audit.action("program", programId, "MOU_DOCUMENT", null, Map.of("agency", agencyId, "file", String.valueOf(before.documentName())),
                Map.of("agency", agencyId, "file", name));
        if (old != null) {
            files.delete(old);
        }
    }

    public record Document(String name, byte[] content) {
    }

    public Document document(long programId, long agencyId) {
        var mou = get(programId, agencyId);
        String key = jdbc.sql("SELECT mou_document_key FROM program_partner WHERE program_id = ? AND agency_id = ?")
                .params(programId, agencyId).query(String.class).optional().orElse(null);
        if (key == null) {
            throw new NotFound("mou_document", agencyId);
        }
        return new Document(mou.documentName(), files.get(key).orElseThrow(() -> new NotFound("mou_document", agencyId)));
    }

    private MouView manageable(long programId, long agencyId) {
        var mou = get(programId, agencyId);
        if (!mou.manageable()) {
            throw new AccessDeniedException("not this user's program");
        }
        return mou;
    }
}
