package id.naikkelas.programs;

import id.naikkelas.common.JourneySource;
import id.naikkelas.common.Labels;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.PermitType;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The programs module's part of a business's journey: visits done, awards given and permits or awards handed over,
 * in the programs the viewer may see (the links go to those programs' pages), read in one statement.
 */
@Component
class ProgramJourney implements JourneySource {

    private final JdbcClient jdbc;
    private final Access access;
    private final Labels labels;
    private final MessageSource messages;

    ProgramJourney(JdbcClient jdbc, Access access, Labels labels, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public List<Entry> entriesOf(long businessId, Locale locale) {
        var scope = ProgramAccess.visible(access.require());
        var params = new HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        String visible = " AND " + scope.sql();
        return jdbc.sql("SELECT 'VISIT' AS kind, v.id, e.id AS enrollment_id, p.id AS program_id, p.name AS program_name,"
                        + " v.visited_on AS on_day, NULL AS permit, v.mode AS what, v.notes AS detail"
                        + " FROM visit v JOIN enrollment e ON e.id = v.enrollment_id JOIN program p ON p.id = e.program_id"
                        + " WHERE e.business_id = :business AND v.status = 'DONE' AND v.visited_on IS NOT NULL" + visible
                        + " UNION ALL SELECT 'AWARD', a.id, NULL, p.id, p.name, a.awarded_on, NULL, a.title, a.note"
                        + " FROM award a JOIN program p ON p.id = a.program_id WHERE a.business_id = :business" + visible
                        + " UNION ALL SELECT 'HANDOVER', h.id, h.enrollment_id, p.id, p.name, h.handed_on,"
                        + " h.permit_type, h.award_title, h.caption"
                        + " FROM permit_handover h JOIN program p ON p.id = h.program_id WHERE h.business_id = :business" + visible)
                .params(params)
                .query((rs, i) -> entry(rs.getString("kind"), rs.getLong("id"), rs.getObject("enrollment_id", Long.class),
                        rs.getLong("program_id"), rs.getString("program_name"), rs.getObject("on_day", LocalDate.class),
                        rs.getString("permit"), rs.getString("what"), rs.getString("detail"), locale))
                .list();
    }

    private Entry entry(String kind, long id, Long enrollmentId, long programId, String program, LocalDate on, String permit,
                        String what, String detail, Locale locale) {
        return switch (kind) {
            case "VISIT" -> new Entry(on, kind, messages.getMessage("journey.visit", new Object[]{program}, locale),
                    detail, "/peserta/" + enrollmentId + "#kunjungan-" + id, null);
            case "AWARD" -> new Entry(on, kind, messages.getMessage("journey.award", new Object[]{what}, locale),
                    detail == null ? program : detail, "/program/" + programId, null);
            default -> {
                String thing = permit != null ? labels.of(PermitType.valueOf(permit), locale) : what;
                String photo = "/serah-terima/" + id + "/foto";
                yield new Entry(on, kind, messages.getMessage("journey.handover", new Object[]{thing}, locale), detail, photo, photo);
            }
        };
    }
}
