package id.naikkelas.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a business's training certificates prove to a certification pathway: the pathway document
 * types (e.g. PKP_CERTIFICATE) that valid certificates of its people stand for, per
 * {@code training/event-types.yml}. No access check: callers ask about a business they have loaded.
 */
@Service
public class TrainingEvidence {

    private final JdbcClient jdbc;
    private final TrainingRules rules;

    TrainingEvidence(JdbcClient jdbc, TrainingEvents events) {
        this.jdbc = jdbc;
        this.rules = events.rules();
    }

    public record Evidence(String documentType, String certificateCode, String participantName, String eventTopic) {
    }

    public List<Evidence> of(long businessId) {
        return jdbc.sql("""
                        SELECT e.type, c.code, r.participant_name, e.topic FROM training_certificate c
                        JOIN training_registration r ON r.id = c.registration_id JOIN training_event e ON e.id = r.event_id
                        WHERE r.business_id = ? AND c.revoked_at IS NULL
                          AND c.issued_at >= (SELECT max(ends_at) FROM training_session s WHERE s.event_id = e.id)
                        ORDER BY c.issued_at""")
                .param(businessId)
                .query((rs, i) -> {
                    String document = rules.of(EventType.valueOf(rs.getString(1))).evidenceDocument();
                    return document == null ? null : new Evidence(document, rs.getString(2), rs.getString(3), rs.getString(4));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    public Set<String> documentTypes(long businessId) {
        var types = new LinkedHashSet<String>();
        of(businessId).forEach(e -> types.add(e.documentType()));
        return types;
    }
}
