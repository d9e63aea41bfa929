package id.naikkelas.training;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.TextLimits;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates for participants who completed an event (and passed its post-test where it has a pass
 * mark), each with a unique code that anyone can check at {@code /sertifikat/{code}}.
 */
@Service
class Certificates {

    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final AuditTrail audit;
    private final Today today;
    private final AttendanceRules rules;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    Certificates(JdbcClient jdbc, Access access, TrainingEvents events, Registrations registrations, AuditTrail audit, Today today,
                 AttendanceRules rules, org.springframework.context.ApplicationEventPublisher publisher) {
        this.rules = rules;
        this.publisher = publisher;
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.audit = audit;
    }

    /** How many certificates were issued now, and how many participants have not completed. */
    public record Issued(int issued, int alreadyHeld, int notCompleted) implements java.io.Serializable {
    }

    /** Issues the certificates due; running it again issues only those that became due since. */
    @Transactional
    public Issued issue(long eventId) {
        var event = events.get(eventId);
        if (!event.manageable()) {
            throw new AccessDeniedException("certificates are issued by the organisers");
        }
        if (!events.rules().of(event.type()).certificate()) {
            throw InvalidInput.of("event", "training.certificate.none");
        }
        rules.certificates(event.sessions(), event.regionCode(), today.now()).ifPresent(refused -> {
            throw refused;
        });
        int issued = 0;
        int held = 0;
        int notCompleted = 0;
        for (var r : registrations.ofEvent(eventId)) {
            if (r.status() != Registrations.Status.CONFIRMED) {
                continue;
            }
            if (!r.completion().completed()) {
                notCompleted++;
            } else if (r.certificateCode() != null) {
                held++;
            } else if (insert(r, event)) {
                issued++;
            } else {
                held++;
            }
        }
        return new Issued(issued, held, notCompleted);
    }

    private boolean insert(RegistrationView r, EventView event) {
        for (int attempt = 0; ; attempt++) {
            String code = event.type().name().replace("_", "").substring(0, 3) + "-" + today.date().getYear() + "-" + Codes.readable(6);
            try {
                int rows = jdbc.sql("""
                                INSERT INTO training_certificate (registration_id, code, issued_by, issued_at) VALUES (?, ?, ?, ?)
                                ON CONFLICT (registration_id) DO NOTHING""")
                        .params(r.id(), code, access.require().username(), today.now()).update();
                if (rows == 1) {
                    audit.created("training_certificate", code, r.regionCode(), Map.of("registration", r.id(),
                            "participant", r.participantName(), "event", event.id()));
                    publisher.publishEvent(new TrainingCompleted(event.id(), r.id(), r.businessId(), r.regionCode(), event.agencyId()));
                }
                return rows == 1;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e; // a code collision five times over means the random source is broken
                }
            }
        }
    }

    /** What the public verification page shows: no personal data beyond the name printed on the certificate. */
    public record PublicCertificate(String code, String participantName, String businessName, EventType type, String title,
                                    String topic, String organiser, String regionLabel, OffsetDateTime firstSession,
                                    OffsetDateTime lastSession, java.time.ZoneId zone, OffsetDateTime issuedAt, boolean valid,
                                    String revokedReason, List<String> trainers) {
    }

    public Optional<PublicCertificate> verify(String typed, Locale locale) {
        String code = Codes.normalise(typed);
        if (code.length() < 10 || code.length() > 20) {
            return Optional.empty();
        }
        // typed without dashes ("PKP2026ABC123") or with: both find the stored "PKP-2026-ABC123"
        return jdbc.sql("""
                        SELECT c.code, c.issued_at, c.revoked_at, c.revoked_reason, r.participant_name, b.name AS business_name,
                               e.type, e.topic, e.region_code, e.trainers, a.name AS agency_name,
                               (SELECT min(starts_at) FROM training_session s WHERE s.event_id = e.id) AS first_start,
                               (SELECT max(ends_at) FROM training_session s WHERE s.event_id = e.id) AS last_end,
                               k.name AS regency
                        FROM training_certificate c JOIN training_registration r ON r.id = c.registration_id
                        JOIN training_event e ON e.id = r.event_id JOIN identity_agency a ON a.id = e.agency_id
                        JOIN registry_business b ON b.id = r.business_id LEFT JOIN region k ON k.code = left(e.region_code, 5)
                        WHERE replace(c.code, '-', '') = ?
                          -- a certificate dated before its training ended proves nothing: it is not shown at all
                          AND c.issued_at >= (SELECT max(ends_at) FROM training_session s WHERE s.event_id = e.id)""")
                .param(code)
                .query((rs, i) -> {
                    var type = EventType.valueOf(rs.getString("type"));
                    return new PublicCertificate(rs.getString("code"), rs.getString("participant_name"), rs.getString("business_name"),
                            type, events.rules().of(type).title(locale), rs.getString("topic"), rs.getString("agency_name"),
                            rs.getString("regency"), rs.getObject("first_start", OffsetDateTime.class),
                            rs.getObject("last_end", OffsetDateTime.class),
                            EventTimes.zone(rs.getString("region_code")),
                            rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("revoked_at") == null,
                            rs.getString("revoked_reason"), List.of((String[]) rs.getArray("trainers").getArray()));
                })
                .optional();
    }

    /** The certificate of a registration, for its participant's owner account or the organisers. */
    public PublicCertificate ofRegistration(long registrationId, Locale locale) {
        var registration = registrations.get(registrationId);
        if (!registration.mine() && !registration.manageable()) {
            throw new NotFound("training_certificate", registrationId);
        }
        if (registration.certificateCode() == null) {
            throw new NotFound("training_certificate", registrationId);
        }
        return verify(registration.certificateCode(), locale).orElseThrow();
    }

    @Transactional
    public void revoke(String code, String reason) {
        var found = jdbc.sql("""
                        SELECT registration_id FROM training_certificate WHERE code = ? AND revoked_at IS NULL""")
                .param(code).query((rs, i) -> rs.getLong(1)).optional()
                .orElseThrow(() -> new NotFound("training_certificate", code));
        var registration = registrations.get(found);
        if (!registration.manageable()) {
            throw new AccessDeniedException("certificates are revoked by the organisers");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "field.required");
        }
        InvalidInput.limit("reason", reason, TextLimits.REASON);
        jdbc.sql("UPDATE training_certificate SET revoked_at = now(), revoked_reason = ? WHERE code = ?").params(reason.trim(), code).update();
        audit.action("training_certificate", code, "REVOKE", registration.regionCode(), Map.of(), Map.of("reason", reason.trim()));
    }
}
