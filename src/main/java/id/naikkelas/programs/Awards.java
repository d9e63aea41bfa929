package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.TextLimits;
import id.naikkelas.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Awards such as "UMKM Berprestasi", given within a program to one of its businesses. */
@Service
class Awards {

    private final JdbcClient jdbc;
    private final Enrollments enrollments;
    private final Access access;
    private final AuditTrail audit;

    Awards(JdbcClient jdbc, Enrollments enrollments, Access access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.access = access;
        this.audit = audit;
    }

    public record Award(long id, long programId, String programName, long businessId, String businessName, String title,
                        LocalDate awardedOn, String note) {
    }

    @Transactional
    public long give(long programId, long businessId, String title, LocalDate awardedOn, String note) {
        enrollments.manageable(programId);
        var problems = new InvalidInput.Collector().limit("title", title, TextLimits.NAME).limit("note", note, TextLimits.NOTE);
        if (title == null || title.isBlank()) {
            problems.add("title", "field.required");
        }
        if (awardedOn == null) {
            problems.add("awardedOn", "field.required");
        }
        if (jdbc.sql("SELECT count(*) FROM enrollment WHERE program_id = ? AND business_id = ? AND status IN ('ENROLLED', 'GRADUATED', 'CERTIFIED')")
                .params(programId, businessId).query(Integer.class).single() == 0) {
            problems.add("business", "programs.award.notParticipant");
        }
        problems.throwIfAny();
        long id = jdbc.sql("INSERT INTO award (program_id, business_id, title, awarded_on, note, awarded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(programId, businessId, title.trim(), awardedOn, note, access.require().username()).query(Long.class).single();
        audit.created("award", id, null, Map.of("program", programId, "business", businessId, "title", title.trim()));
        return id;
    }

    public List<Award> ofBusiness(long businessId) {
        enrollments.ofBusiness(businessId);
        return query("a.business_id = ?", businessId);
    }

    /** A program's awards; an owner sees those of their own businesses, as with the participants. */
    public List<Award> ofProgram(long programId) {
        var visible = enrollments.ofProgram(programId);
        var awards = query("a.program_id = ?", programId);
        if (Enrollments.seesAllParticipants(access.require())) {
            return awards;
        }
        var own = visible.stream().map(EnrollmentView::businessId).collect(java.util.stream.Collectors.toSet());
        return awards.stream().filter(a -> own.contains(a.businessId())).toList();
    }

    private List<Award> query(String where, long id) {
        return jdbc.sql("""
                        SELECT a.*, p.name AS program_name, b.name AS business_name FROM award a
                        JOIN program p ON p.id = a.program_id JOIN registry_business b ON b.id = a.business_id
                        WHERE\s""" + where + " ORDER BY a.awarded_on DESC, a.id")
                .param(id)
                .query((rs, i) -> new Award(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
                        rs.getLong("business_id"), rs.getString("business_name"), rs.getString("title"),
                        rs.getObject("awarded_on", LocalDate.class), rs.getString("note")))
                .list();
    }
}
