package id.naikkelas.security;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

/**
 * One fingerprint of every row that belongs to the matrix's objects (the businesses and all that hangs off them, the
 * programs, events, imports, tokens and the test account) and a count of anything named with the world's marker.
 * A refused request must leave it as it was: any write, even one that keeps the values (a version bump), shows.
 */
final class Fingerprint {

    /** {@code table alias x} and the condition selecting the world's rows. */
    private static final List<String[]> PARTS = List.of(
            new String[] {"business", "x.id = ANY(:b)"},
            new String[] {"owner", "x.id IN (SELECT owner_id FROM business WHERE id = ANY(:b))"},
            new String[] {"business_source", "x.business_id = ANY(:b)"},
            new String[] {"product", "x.business_id = ANY(:b)"},
            new String[] {"product_photo", "x.product_id IN (SELECT id FROM product WHERE business_id = ANY(:b))"},
            new String[] {"permit", "x.business_id = ANY(:b)"},
            new String[] {"certification_case", "x.business_id = ANY(:b)"},
            new String[] {"case_transition", "x.case_id IN (SELECT id FROM certification_case WHERE business_id = ANY(:b))"},
            new String[] {"case_reference", "x.case_id IN (SELECT id FROM certification_case WHERE business_id = ANY(:b))"},
            new String[] {"case_document", "x.case_id IN (SELECT id FROM certification_case WHERE business_id = ANY(:b))"},
            new String[] {"case_comment", "x.case_id IN (SELECT id FROM certification_case WHERE business_id = ANY(:b))"},
            new String[] {"program", "x.id = ANY(:p)"},
            new String[] {"program_stage", "x.program_id = ANY(:p)"},
            new String[] {"program_partner", "x.program_id = ANY(:p)"},
            new String[] {"enrollment", "x.program_id = ANY(:p) OR x.business_id = ANY(:b)"},
            new String[] {"assignment", "x.enrollment_id IN (SELECT id FROM enrollment WHERE program_id = ANY(:p) OR business_id = ANY(:b))"},
            new String[] {"visit", "x.business_id = ANY(:b)"},
            new String[] {"visit_photo", "x.visit_id IN (SELECT id FROM visit WHERE business_id = ANY(:b))"},
            new String[] {"follow_up", "x.enrollment_id IN (SELECT id FROM enrollment WHERE program_id = ANY(:p) OR business_id = ANY(:b))"},
            new String[] {"award", "x.program_id = ANY(:p) OR x.business_id = ANY(:b)"},
            new String[] {"training_event", "x.id = ANY(:e)"},
            new String[] {"training_session", "x.event_id = ANY(:e)"},
            new String[] {"training_partner", "x.event_id = ANY(:e)"},
            new String[] {"training_question_set", "x.event_id = ANY(:e)"},
            new String[] {"training_registration", "x.event_id = ANY(:e) OR x.business_id = ANY(:b)"},
            new String[] {"training_attendance", "x.registration_id IN (SELECT id FROM training_registration WHERE event_id = ANY(:e))"},
            new String[] {"training_test_result", "x.registration_id IN (SELECT id FROM training_registration WHERE event_id = ANY(:e))"},
            new String[] {"training_certificate", "x.registration_id IN (SELECT id FROM training_registration WHERE event_id = ANY(:e))"},
            new String[] {"inspection", "x.business_id = ANY(:b)"},
            new String[] {"inspection_answer", "x.inspection_id IN (SELECT id FROM inspection WHERE business_id = ANY(:b))"},
            new String[] {"inspection_photo", "x.inspection_id IN (SELECT id FROM inspection WHERE business_id = ANY(:b))"},
            new String[] {"corrective_action", "x.business_id = ANY(:b)"},
            new String[] {"import_job", "x.id = ANY(:j)"},
            new String[] {"import_review", "x.job_id = ANY(:j) OR x.business_id = ANY(:b)"},
            new String[] {"import_template", "x.name LIKE :marker"},
            new String[] {"api_token", "x.id = ANY(:t)"},
            new String[] {"app_user", "x.id = ANY(:u)"});

    private static final String SQL;

    static {
        var parts = new StringBuilder("SELECT concat_ws('|'");
        for (String[] part : PARTS) {
            // a written row is a new row version with its writer's transaction id (xmin): count and sum of those show any
            // insert, update or delete, even one that keeps the values, without reading the rows' contents
            parts.append(",\n (SELECT count(*) || ':' || coalesce(sum(x.xmin::text::bigint), 0) FROM ").append(part[0])
                    .append(" x WHERE ").append(part[1]).append(')');
        }
        for (String named : List.of("business WHERE name LIKE :marker", "product WHERE name LIKE :marker",
                "program WHERE name LIKE :marker", "training_event WHERE topic LIKE :marker",
                "api_token WHERE name LIKE :marker", "import_job WHERE file_name LIKE :marker", "agency WHERE name LIKE :marker",
                "app_user WHERE full_name LIKE :marker")) {
            parts.append(",\n (SELECT count(*) FROM ").append(named).append(')');
        }
        SQL = parts.append(')').toString();
    }

    private final JdbcClient jdbc;
    private final Map<String, Object> ids;

    Fingerprint(JdbcClient jdbc, Map<String, Object> ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    String take() {
        return jdbc.sql(SQL).params(ids).query(String.class).single();
    }

    /** Which parts differ between two fingerprints, to say what a refused request changed. */
    static String difference(String before, String after) {
        var a = before.split("\\|", -1);
        var b = after.split("\\|", -1);
        var changed = new StringBuilder();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                changed.append(changed.isEmpty() ? "" : ", ").append(i < PARTS.size() ? PARTS.get(i)[0] : "new named rows #" + (i - PARTS.size()));
            }
        }
        return changed.toString();
    }
}
