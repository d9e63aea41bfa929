package id.naikkelas.training;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import id.naikkelas.registry.BusinessStanding;
import id.naikkelas.registry.Businesses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registration for events: an owner for themselves or a named worker, or an officer for many
 * businesses at once. Seats go first come, first served; when the event is full the person is put on
 * the waitlist and moves up automatically when someone cancels.
 */
@Service
public class Registrations {

    private final JdbcClient jdbc;
    private final Access access;
    private final TrainingEvents events;
    private final Businesses businesses;
    private final Waitlist waitlist;
    private final Today today;
    private final AuditTrail audit;
    private final Notifications notifications;

    Registrations(JdbcClient jdbc, Access access, TrainingEvents events, Businesses businesses, Waitlist waitlist, AuditTrail audit,
                  Notifications notifications, Today today) {
        this.notifications = notifications;
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.businesses = businesses;
        this.waitlist = waitlist;
        this.audit = audit;
    }

    public enum Status { CONFIRMED, WAITLISTED, CANCELLED }

    /** The outcome of one registration: its id and status, or why it was refused. */
    public record Result(long businessId, Long registrationId, Status status, List<InvalidInput.Violation> reasons) {
    }

    /**
     * Registers one person of a business; {@code participantName} blank means the owner.
     * Refused with a reason (and nothing stored) when the business may not take part.
     */
    @Transactional
    public Result register(long eventId, long businessId, String participantName) {
        var event = events.get(eventId);
        var result = registerLocked(access.require(), event, List.of(businessId), participantName, true).get(0);
        if (result.registrationId() == null) {
            throw new InvalidInput(result.reasons());
        }
        return result;
    }

    /**
     * An officer registers the owners of many businesses; each line says what happened. A fixed number of statements
     * however many businesses: one read of them, one duplicate check, one insert, one audit entry and one notification batch.
     */
    @Transactional
    public List<Result> registerAll(long eventId, List<Long> businessIds) {
        var event = events.get(eventId);
        CurrentUser me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("bulk registration is for agency staff");
        }
        if (businessIds.stream().anyMatch(java.util.Objects::isNull)) {
            // a form field left empty ("business=")
            throw InvalidInput.of("businessIds", "input.nullItem", InvalidInput.label("businessIds"));
        }
        return registerLocked(me, event, businessIds.stream().distinct().toList(), null, false);
    }

    /** A business as registration needs it: the registry's standing (visibility, region, sector) and its owner's contact. */
    private record Candidate(BusinessStanding standing, String ownerName, String ownerUsername, String ownerPhone) {
    }

    /** The businesses the user may see, in one read of the registry's API and one of its published view. */
    private Map<Long, Candidate> candidates(List<Long> businessIds) {
        var standings = businesses.standings(businessIds);
        var found = new HashMap<Long, Candidate>();
        if (standings.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT b.id, b.owner_name, u.username, b.owner_phone FROM registry_business b
                        LEFT JOIN identity_user u ON u.id = b.owner_user_id WHERE b.id = ANY(:ids)""")
                .param("ids", standings.keySet().toArray(Long[]::new))
                .query((rs, i) -> new Candidate(standings.get(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(c -> found.put(c.standing().id(), c));
        return found;
    }

    /** A person already registered (not cancelled) for the event, and the short codes the event has handed out. */
    private record Taken(Set<String> people, Set<String> shortCodes) {

        static String person(long businessId, String name) {
            return businessId + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Taken taken(long eventId, List<Long> businessIds) {
        var people = new java.util.HashSet<String>();
        var codes = new java.util.HashSet<String>();
        jdbc.sql("""
                        SELECT business_id, participant_name, short_code, status <> 'CANCELLED' AND business_id = ANY(:ids) AS active
                        FROM training_registration WHERE event_id = :event""")
                .param("event", eventId).param("ids", businessIds.toArray(Long[]::new))
                .query((rs, i) -> {
                    codes.add(rs.getString("short_code"));
                    if (rs.getBoolean("active")) {
                        people.add(Taken.person(rs.getLong("business_id"), rs.getString("participant_name")));
                    }
                    return null;
                }).list();
        return new Taken(people, codes);
    }

    private record Admitted(Candidate business, String name, String role, Status status, String shortCode) {
    }

    /**
     * Registers the businesses in order with the event row locked; {@code strict} (one person, by the owner's own page)
     * answers a business the user may not see as not found, a bulk list as a line with its reason.
     */
    private List<Result> registerLocked(CurrentUser me, EventView event, List<Long> businessIds, String participantName, boolean strict) {
        var found = candidates(businessIds);
        if (strict) {
            businessIds.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
                throw new NotFound("business", id);
            });
        }
        // the event row stays locked until commit: seats are counted once and handed out in order, never overbooked
        var seats = waitlist.lock(event.id());
        var taken = taken(event.id(), businessIds);
        boolean organiser = event.manageable();
        int confirmed = seats.confirmed();
        var results = new ArrayList<Result>();
        var admitted = new ArrayList<Admitted>();
        for (long businessId : businessIds) {
            var candidate = found.get(businessId);
            if (candidate == null) {
                results.add(new Result(businessId, null, null, List.of(new InvalidInput.Violation("business", "training.registration.noBusiness", List.of(businessId)))));
                continue;
            }
            var business = candidate.standing();
            boolean ownBusiness = me.isOwner() && business.permissions().edit();
            if (!ownBusiness && !me.isProgramStaff()) {
                throw new AccessDeniedException("not this user's business");
            }
            var reasons = new ArrayList<InvalidInput.Violation>();
            if (!"OPEN".equals(seats.status())) {
                reasons.add(violation("training.registration.closed"));
            } else if (!organiser && !today.now().isBefore(seats.deadline())) {
                // organisers may still add walk-ins after the deadline; nobody else may
                reasons.add(violation("training.registration.deadlinePassed"));
            }
            boolean targeted = event.targetRegionCodes().stream()
                    .anyMatch(rc -> business.regionCode().equals(rc) || business.regionCode().startsWith(rc + "."));
            if (!targeted && !organiser) {
                reasons.add(new InvalidInput.Violation("business", "training.registration.outsideTarget", List.of(business.name())));
            }
            if (!event.targetSectors().isEmpty() && !event.targetSectors().contains(business.sector()) && !organiser) {
                reasons.add(new InvalidInput.Violation("business", "training.registration.sector", List.of(business.name())));
            }
            String ownerName = candidate.ownerName() == null ? "" : candidate.ownerName();
            String name = participantName == null || participantName.isBlank() ? ownerName : participantName.trim();
            if (name.length() > 120) {
                reasons.add(new InvalidInput.Violation("participantName", "training.registration.nameTooLong", List.of()));
            }
            if (taken.people().contains(Taken.person(businessId, name))) {
                reasons.add(new InvalidInput.Violation("participantName", "training.registration.already", List.of(name, business.name())));
            }
            if (!reasons.isEmpty()) {
                results.add(new Result(businessId, null, null, List.copyOf(reasons)));
                continue;
            }
            Status status = confirmed < seats.capacity() ? Status.CONFIRMED : Status.WAITLISTED;
            if (status == Status.CONFIRMED) {
                confirmed++;
            }
            String role = name.equalsIgnoreCase(ownerName) ? "OWNER" : "WORKER";
            admitted.add(new Admitted(candidate, name, role, status, shortCode(taken.shortCodes())));
            results.add(null); // filled in with the new id below
        }
        var ids = insert(event.id(), admitted, me.username());
        var created = new ArrayList<AuditTrail.EntityChange>();
        var messages = new ArrayList<Message>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) != null) {
                continue;
            }
            var row = admitted.get(created.size());
            var business = row.business().standing();
            long id = ids.get(business.id());
            results.set(i, new Result(business.id(), id, row.status(), List.of()));
            created.add(new AuditTrail.EntityChange(id, business.regionCode(), Map.of(), Map.of("event", event.id(),
                    "business", business.id(), "participant", row.name(), "status", row.status())));
            messages.add(new Message(row.business().ownerUsername(), row.business().ownerPhone(),
                    row.status() == Status.CONFIRMED ? "training.notice.confirmed" : "training.notice.waitlisted",
                    List.of(row.name(), event.topic())));
        }
        audit.createdEach("training_registration", created);
        notifications.sendAll(messages);
        return results;
    }

    /** A short code not yet used in this event (nor earlier in this batch): the unique constraint never trips mid-insert. */
    private static String shortCode(Set<String> taken) {
        String code;
        do {
            code = Codes.readable(6);
        } while (!taken.add(code));
        return code;
    }

    /** Inserts the admitted in one statement; the new ids by business (one person per business in a batch). */
    private Map<Long, Long> insert(long eventId, List<Admitted> admitted, String by) {
        if (admitted.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        INSERT INTO training_registration (event_id, business_id, region_code, participant_name, participant_role,
                            status, token, short_code, registered_by)
                        SELECT :event, u.business, u.region, u.name, u.role, u.status, u.token, u.code, :by
                        FROM unnest(CAST(:businesses AS bigint[]), CAST(:regions AS text[]), CAST(:names AS text[]),
                                    CAST(:roles AS text[]), CAST(:statuses AS text[]), CAST(:tokens AS text[]), CAST(:codes AS text[]))
                             WITH ORDINALITY AS u(business, region, name, role, status, token, code, n)
                        ORDER BY u.n RETURNING id, business_id""")
                .param("event", eventId).param("by", by)
                .param("businesses", admitted.stream().map(a -> a.business().standing().id()).toArray(Long[]::new))
                .param("regions", admitted.stream().map(a -> a.business().standing().regionCode()).toArray(String[]::new))
                .param("names", admitted.stream().map(Admitted::name).toArray(String[]::new))
                .param("roles", admitted.stream().map(Admitted::role).toArray(String[]::new))
                .param("statuses", admitted.stream().map(a -> a.status().name()).toArray(String[]::new))
                .param("tokens", admitted.stream().map(a -> Codes.token()).toArray(String[]::new))
                .param("codes", admitted.stream().map(Admitted::shortCode).toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getLong("business_id"), rs.getLong("id"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static InvalidInput.Violation violation(String code) {
        return new InvalidInput.Violation("event", code, List.of());
    }

    /** Cancels a registration (its owner or the organiser); a freed seat goes to the first on the waitlist. */
    @Transactional
    public void cancel(long registrationId) {
        CurrentUser me = access.require();
        var registration = get(registrationId);
        if (!registration.mine() && !registration.manageable()) {
            throw new AccessDeniedException("not this user's registration");
        }
        waitlist.lock(registration.eventId());
        int changed = jdbc.sql("""
                        UPDATE training_registration SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?
                        WHERE id = ? AND status <> 'CANCELLED'""").params(me.username(), registrationId).update();
        if (changed == 0) {
            throw InvalidInput.of("registration", "training.registration.alreadyCancelled");
        }
        audit.action("training_registration", registrationId, "CANCEL", registration.regionCode(),
                Map.of("status", registration.status()), Map.of("status", Status.CANCELLED));
        if (registration.status() == Status.CONFIRMED) {
            waitlist.fillFreeSeats(registration.eventId());
        }
    }

    /**
     * One registration, for its owner, the event's staff, or staff who may see the business by the registry's rule
     * (officers of its region; a facilitator only a business assigned to them).
     */
    public RegistrationView get(long registrationId) {
        CurrentUser me = access.require();
        var found = jdbc.sql(SELECT + " WHERE r.id = :id").params(Map.of("id", registrationId, "dayStart", EventTiming.dayStart(today)))
                .query((rs, i) -> map(rs, me, null)).optional()
                .orElseThrow(() -> new NotFound("training_registration", registrationId));
        if (!found.mine() && !found.manageable() && !(me.isStaff() && seesBusiness(found.businessId()))) {
            throw new NotFound("training_registration", registrationId);
        }
        events.get(found.eventId());
        return found;
    }

    /** Every registration of an event, waitlist in order, for its staff. */
    public List<RegistrationView> ofEvent(long eventId) {
        var event = events.get(eventId);
        CurrentUser me = access.require();
        if (!event.manageable() && !me.isStaff()) {
            throw new AccessDeniedException("participants are shown to agency staff");
        }
        // other staff (of a region joining online) see only participants whose business they may see: their region's,
        // and a facilitator only the businesses assigned to them (the registry's rule)
        var scope = event.manageable() ? new id.naikkelas.identity.Jurisdiction.SqlCondition("TRUE", Map.of())
                : businesses.visibleCondition("r.business_id");
        var params = new HashMap<String, Object>(scope.params());
        params.put("event", eventId);
        params.put("dayStart", EventTiming.dayStart(today));
        return jdbc.sql(SELECT + " WHERE r.event_id = :event AND " + scope.sql()
                        + " ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, r.registered_at, r.id")
                .params(params).query((rs, i) -> map(rs, me, event)).list();
    }

    private boolean seesBusiness(long businessId) {
        var scope = businesses.visibleCondition(":business");
        var params = new HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        return jdbc.sql("SELECT " + scope.sql()).params(params).query(Boolean.class).single();
    }

    /** The signed-in owner's registrations: today's and upcoming events first, nearest first, then past ones newest first. */
    public List<RegistrationView> mine() {
        CurrentUser me = access.require();
        return jdbc.sql("SELECT * FROM (" + SELECT + " WHERE b.owner_user_id = :me) r ORDER BY " + EventTiming.ORDER + ", r.id")
                .params(Map.of("me", me.id(), "dayStart", EventTiming.dayStart(today))).query((rs, i) -> map(rs, me, null)).list();
    }

    /** Registrations of one business, for its profile page. */
    public List<RegistrationView> ofBusiness(long businessId) {
        businesses.requireVisible(businessId);
        CurrentUser me = access.require();
        return jdbc.sql(SELECT + " WHERE r.business_id = :business AND r.status <> 'CANCELLED' ORDER BY r.registered_at DESC")
                .params(Map.of("business", businessId, "dayStart", EventTiming.dayStart(today))).query((rs, i) -> map(rs, me, null)).list();
    }

    private static final String SELECT = """
            SELECT r.*, b.name AS business_name, e.topic, e.type, e.region_code AS event_region, b.owner_user_id AS owner_user,
                (SELECT array_agg(s.position ORDER BY s.position) FROM training_attendance ta JOIN training_session s ON s.id = ta.session_id
                 WHERE ta.registration_id = r.id) AS attended,
                (SELECT array_agg(s.position || '|' || ta.marked_by || '|' || ta.reason ORDER BY s.position) FROM training_attendance ta
                 JOIN training_session s ON s.id = ta.session_id WHERE ta.registration_id = r.id AND ta.method = 'RECORDED') AS recorded_later,
                (SELECT count(*) FROM training_session s WHERE s.event_id = r.event_id) AS sessions,
                e.min_sessions, e.pass_mark,
                (SELECT score FROM training_test_result t WHERE t.registration_id = r.id AND t.kind = 'PRE') AS pre_score,
                (SELECT score FROM training_test_result t WHERE t.registration_id = r.id AND t.kind = 'POST') AS post_score,
                c.code AS certificate_code, c.revoked_at AS certificate_revoked,
                (SELECT count(*) FROM training_registration w WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                 AND (w.registered_at, w.id) <= (r.registered_at, r.id)) AS waitlist_position,
                %s AS next_start, %s AS last_start
            FROM training_registration r JOIN training_event e ON e.id = r.event_id
            JOIN registry_business b ON b.id = r.business_id
            LEFT JOIN training_certificate c ON c.registration_id = r.id"""
            .formatted(EventTiming.NEXT_START.formatted("r.event_id"), EventTiming.LAST_START.formatted("r.event_id"));

    private RegistrationView map(ResultSet rs, CurrentUser me, EventView event) throws SQLException {
        var type = EventType.valueOf(rs.getString("type"));
        Long ownerUser = rs.getObject("owner_user", Long.class);
        boolean mine = me.isOwner() && ownerUser != null && ownerUser == me.id();
        boolean manageable = event != null ? event.manageable() : TrainingAccess.manages(me, rs.getString("event_region"));
        var attendedArray = rs.getArray("attended");
        List<Integer> attended = attendedArray == null ? List.of() : List.of((Integer[]) attendedArray.getArray());
        Integer passMark = Completion.passMark(rs.getObject("pass_mark", Integer.class), events.rules().of(type));
        var completion = Completion.of(rs.getInt("sessions"), rs.getObject("min_sessions", Integer.class), attended.size(),
                passMark, rs.getObject("post_score", Integer.class));
        var status = Status.valueOf(rs.getString("status"));
        boolean showCodes = mine || manageable;
        var nextStart = rs.getObject("next_start", OffsetDateTime.class);
        var timing = EventTiming.of(nextStart, today);
        String eventRegion = rs.getString("event_region");
        var shownStart = timing.ahead() ? nextStart : rs.getObject("last_start", OffsetDateTime.class);
        return new RegistrationView(rs.getLong("id"), rs.getLong("event_id"), rs.getString("topic"), type,
                rs.getLong("business_id"), rs.getString("business_name"), rs.getString("region_code"),
                rs.getString("participant_name"), rs.getString("participant_role"), status,
                status == Status.WAITLISTED ? rs.getInt("waitlist_position") : null,
                showCodes ? rs.getString("token") : null, showCodes ? rs.getString("short_code") : null,
                rs.getObject("registered_at", OffsetDateTime.class), rs.getObject("promoted_at", OffsetDateTime.class),
                Set.copyOf(attended), rs.getObject("pre_score", Integer.class), rs.getObject("post_score", Integer.class),
                completion, rs.getObject("certificate_revoked") == null ? rs.getString("certificate_code") : null, mine, manageable,
                recordedLater(rs.getArray("recorded_later"), manageable), eventRegion,
                shownStart == null ? null : shownStart.atZoneSameInstant(EventTimes.zone(eventRegion)).toOffsetDateTime(), timing);
    }

    /** "position|by|reason" rows; the reason is the organisers' to read. */
    private static List<RegistrationView.RecordedLater> recordedLater(java.sql.Array rows, boolean manageable) throws SQLException {
        if (rows == null) {
            return List.of();
        }
        return java.util.Arrays.stream((String[]) rows.getArray()).map(row -> row.split("\\|", 3))
                .map(p -> new RegistrationView.RecordedLater(Integer.parseInt(p[0]), manageable ? p[2] : null, manageable ? p[1] : null))
                .toList();
    }
}
