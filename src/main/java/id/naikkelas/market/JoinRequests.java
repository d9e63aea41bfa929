package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UMKM owners ask to take part in the market events of agencies whose jurisdiction holds their business (ADR 0031);
 * the event's curators accept (the business becomes a participant, as if they had added it) or decline with a reason.
 * Only the business's owner asks, as its owner; only curators of the event's agency, within their own jurisdiction,
 * decide (anyone else: not found). When a request may be made or accepted is {@link JoinRule}'s table, read under a
 * lock on the event so the last place is taken once. Each side is told through notifications ({@code JoinMessages}).
 */
@Service
public class JoinRequests {

    private static final String REQUEST = """
            SELECT r.id, r.event_id, x.name AS event_name, x.starts_on, r.business_id, b.name AS business_name, k.name AS place, b.region_code, r.note,
                   r.status, r.reason, r.asked_at, r.decided_at, r.version
            FROM market_event_request r JOIN market_event x ON x.id = r.event_id JOIN registry_business b ON b.id = r.business_id
            LEFT JOIN region k ON k.code = left(b.region_code, 5)
            """;

    private final JdbcClient jdbc;
    private final Access access;
    private final Curators curators;
    private final AuditTrail audit;
    private final Today today;
    private final ApplicationEventPublisher published;

    JoinRequests(JdbcClient jdbc, Access access, Curators curators, AuditTrail audit, Today today,
                 ApplicationEventPublisher published) {
        this.jdbc = jdbc;
        this.access = access;
        this.curators = curators;
        this.audit = audit;
        this.today = today;
        this.published = published;
    }

    // ---- owners ------------------------------------------------------------------------------------------------------

    /**
     * Upcoming events open for registration whose agency's jurisdiction holds one of the owner's verified businesses,
     * soonest first, each with where those businesses stand. Nobody else owns businesses here: anyone else gets none.
     */
    public List<OpenEvent> openToMe() {
        var me = access.require();
        if (!me.isOwner()) {
            return List.of();
        }
        record Row(EventCard card, LocalDate closesOn, Integer capacity, int taken, long businessId, String businessName,
                   boolean participant, boolean pending) {
        }
        var rows = jdbc.sql("""
                        SELECT x.id, x.name, x.kind, x.status, x.starts_on, x.ends_on, x.venue, k.name AS place, ag.name AS agency,
                               x.registration_closes_on, x.capacity, b.id AS business_id, b.name AS business_name,
                               (SELECT count(*) FROM market_event_participant pa WHERE pa.event_id = x.id) AS taken,
                               EXISTS (SELECT 1 FROM market_event_participant pa WHERE pa.event_id = x.id AND pa.business_id = b.id) AS participant,
                               EXISTS (SELECT 1 FROM market_event_request r WHERE r.event_id = x.id AND r.business_id = b.id
                                       AND r.status = 'PENDING') AS pending
                        FROM market_event x JOIN identity_agency ag ON ag.id = x.agency_id
                        LEFT JOIN region k ON k.code = left(x.region_code, 5)
                        JOIN registry_business b ON b.owner_user_id = :me AND b.status = 'VERIFIED' AND b.merged_into IS NULL AND"""
                        + " " + Curators.IN_AGENCY + """

                        WHERE x.status = 'REGISTRATION_OPEN' AND x.starts_on > :today
                        ORDER BY x.starts_on, x.id, b.name, b.id LIMIT 200""")
                .param("me", me.id()).param("today", today.date())
                .query((rs, i) -> new Row(new EventCard(rs.getLong("id"), rs.getString("name"), MarketEventKind.valueOf(rs.getString("kind")),
                        MarketEventStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("venue"), rs.getString("place"), rs.getString("agency"),
                        rs.getInt("taken")), rs.getObject("registration_closes_on", LocalDate.class), (Integer) rs.getObject("capacity"),
                        rs.getInt("taken"), rs.getLong("business_id"), rs.getString("business_name"), rs.getBoolean("participant"),
                        rs.getBoolean("pending")))
                .list();
        var byEvent = new LinkedHashMap<Long, List<Row>>();
        rows.forEach(r -> byEvent.computeIfAbsent(r.card().id(), id -> new ArrayList<>()).add(r));
        return byEvent.values().stream().map(group -> {
            var first = group.get(0);
            LocalDate lastDay = lastDayToAsk(first.closesOn(), first.card().startsOn());
            var candidates = group.stream().map(r -> {
                var situation = new JoinRule.Situation(r.card().status(), lastDay, r.capacity(), r.taken(), true, r.participant(),
                        r.pending(), today.date());
                var standing = r.participant() ? OpenEvent.Standing.TAKING_PART : r.pending() ? OpenEvent.Standing.ASKED
                        : JoinRule.mayAsk(situation) ? OpenEvent.Standing.MAY_ASK : OpenEvent.Standing.CLOSED;
                return new OpenEvent.Candidate(r.businessId(), r.businessName(), standing);
            }).toList();
            return new OpenEvent(first.card(), lastDay, first.capacity(), first.taken(), candidates);
        }).toList();
    }

    /** The owner's requests, latest first, with the curators' answers. */
    public List<JoinRequestView> mine() {
        var me = access.require();
        if (!me.isOwner()) {
            return List.of();
        }
        return jdbc.sql(REQUEST + " WHERE b.owner_user_id = ? ORDER BY r.asked_at DESC, r.id DESC LIMIT 100").param(me.id())
                .query(JoinRequests::view).list();
    }

    /**
     * The owner asks for their business. Another's business (or asking as an officer who may edit it) is not found, as
     * is a draft event; when the event is closed, past its deadline or full, the business outside the agency's
     * jurisdiction, already taking part or already waiting for an answer, the reason is told on its field.
     */
    @Transactional
    public long ask(JoinForm form) {
        var me = access.require();
        var problems = new InvalidInput.Collector().check(form);
        if (form.marketEventId() == null) {
            problems.add("marketEventId", "field.required");
        }
        if (form.businessId() == null) {
            problems.add("businessId", "field.required");
        }
        problems.throwIfAny();
        String region = jdbc.sql("SELECT region_code FROM registry_business WHERE id = ? AND owner_user_id = ?")
                .params(form.businessId(), me.id()).query(String.class).optional().filter(r -> me.isOwner())
                .orElseThrow(() -> new NotFound("business", form.businessId()));
        JoinRule.check(JoinRule.Step.ASK, situation(form.marketEventId(), form.businessId()));
        String note = blankToNull(form.note());
        long id = jdbc.sql("""
                        INSERT INTO market_event_request (event_id, business_id, note, asked_by, asked_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(form.marketEventId(), form.businessId(), note, me.id(), today.now()).query(Long.class).single();
        var state = new HashMap<String, Object>();
        state.put("marketEventId", form.marketEventId());
        state.put("businessId", form.businessId());
        state.put("note", note);
        audit.created("join_request", id, region, state);
        published.publishEvent(new JoinRequested(id));
        return id;
    }

    /** One request, for its owner or a curator who may decide it; anyone else: not found. */
    public JoinRequestView get(long id) {
        var me = access.require();
        var view = jdbc.sql(REQUEST + " WHERE r.id = ?").param(id).query(JoinRequests::view).optional()
                .orElseThrow(() -> new NotFound("join_request", id));
        boolean owner = me.isOwner() && jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry_business WHERE id = ? AND owner_user_id = ?)")
                .params(view.businessId(), me.id()).query(Boolean.class).single();
        if (!owner) {
            decidable(id);
        }
        return view;
    }

    // ---- curators ----------------------------------------------------------------------------------------------------

    /** The event's requests from businesses in the curator's jurisdiction: waiting ones first, then the latest answers. */
    public List<JoinRequestView> ofEvent(long eventId) {
        long agency = jdbc.sql("SELECT agency_id FROM market_event WHERE id = ?").param(eventId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("market_event", eventId));
        var reach = curators.requireOwn(agency, "market_event", eventId).user().jurisdiction().sql("b.region_code");
        return jdbc.sql(REQUEST + " WHERE r.event_id = :event AND " + reach.sql()
                        + " ORDER BY r.status <> 'PENDING', coalesce(r.decided_at, r.asked_at) DESC, r.id LIMIT 300")
                .params(reach.params()).param("event", eventId).query(JoinRequests::view).list();
    }

    /** Accepts a waiting request: the business takes part (no stand yet, bringing what it publishes) and the event's version moves. */
    @Transactional
    public void accept(long id, int version) {
        var request = decidable(id);
        requireVersion(request, version);
        JoinRule.check(JoinRule.Step.ACCEPT, situation(request.eventId(), request.businessId()));
        answer(request, version, JoinRequestView.Status.ACCEPTED, null);
        jdbc.sql("""
                        INSERT INTO market_event_participant (event_id, business_id, product_ids, added_at) VALUES (?, ?, '{}', ?)
                        ON CONFLICT (event_id, business_id) DO NOTHING""")
                .params(request.eventId(), request.businessId(), today.now()).update();
        jdbc.sql("UPDATE market_event SET version = version + 1, updated_at = ? WHERE id = ?").params(today.now(), request.eventId()).update();
    }

    /** Declines a waiting request with the reason its owner reads. */
    @Transactional
    public void decline(long id, int version, String reason) {
        var request = decidable(id);
        var problems = new InvalidInput.Collector().check(new JoinDecision(false, reason));
        if (blankToNull(reason) == null) {
            problems.add("reason", "field.required");
        }
        problems.throwIfAny();
        requireVersion(request, version);
        answer(request, version, JoinRequestView.Status.DECLINED, reason.strip());
    }

    /** The API's one operation for both answers. */
    @Transactional
    public void decide(long id, int version, JoinDecision decision) {
        if (decision == null || decision.accept() == null) {
            throw InvalidInput.of("accept", "field.required");
        }
        if (decision.accept()) {
            accept(id, version);
        } else {
            decline(id, version, decision.reason());
        }
    }

    private void answer(Decidable request, int version, JoinRequestView.Status status, String reason) {
        int changed = jdbc.sql("""
                        UPDATE market_event_request SET status = ?, reason = ?, decided_at = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'PENDING'""")
                .params(status.name(), reason, today.now(), request.id(), version).update();
        if (changed == 0) {
            throw new EditConflict("join_request", request.id());
        }
        var after = new HashMap<String, Object>();
        after.put("status", status.name());
        after.put("reason", reason);
        audit.action("join_request", request.id(), status.name().toLowerCase(java.util.Locale.ROOT), request.region(),
                Map.of("status", request.status()), after);
        published.publishEvent(new JoinDecided(request.id(), status == JoinRequestView.Status.ACCEPTED, reason));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Decidable(long id, long eventId, long businessId, String region, String status, int version) {
    }

    /** A request the signed-in curator may answer: of their agency's event, its business in their own jurisdiction. */
    private Decidable decidable(long id) {
        record Row(Decidable request, long agencyId) {
        }
        var row = jdbc.sql("""
                        SELECT r.id, r.event_id, r.business_id, b.region_code, r.status, r.version, x.agency_id
                        FROM market_event_request r JOIN market_event x ON x.id = r.event_id JOIN registry_business b ON b.id = r.business_id
                        WHERE r.id = ?""")
                .param(id)
                .query((rs, i) -> new Row(new Decidable(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("business_id"),
                        rs.getString("region_code"), rs.getString("status"), rs.getInt("version")), rs.getLong("agency_id")))
                .optional().orElseThrow(() -> new NotFound("join_request", id));
        var curator = curators.requireOwn(row.agencyId(), "join_request", id);
        if (!curator.user().jurisdiction().covers(row.request().region())) {
            throw new NotFound("join_request", id);
        }
        return row.request();
    }

    private static void requireVersion(Decidable request, int version) {
        if (request.version() != version) {
            throw new EditConflict("join_request", request.id());
        }
    }

    /**
     * What {@link JoinRule} reads, with the event's row locked until the transaction ends; a draft or missing event is not
     * found (the public does not know it).
     */
    private JoinRule.Situation situation(long eventId, long businessId) {
        return jdbc.sql("""
                        SELECT x.status, x.starts_on, x.registration_closes_on, x.capacity,
                               (SELECT count(*) FROM market_event_participant pa WHERE pa.event_id = x.id) AS taken,
                               EXISTS (SELECT 1 FROM registry_business b WHERE b.id = :business AND b.status = 'VERIFIED'
                                       AND b.merged_into IS NULL AND""" + " " + Curators.IN_AGENCY + """
                        ) AS in_jurisdiction,
                               EXISTS (SELECT 1 FROM market_event_participant pa WHERE pa.event_id = x.id AND pa.business_id = :business) AS participant,
                               EXISTS (SELECT 1 FROM market_event_request r WHERE r.event_id = x.id AND r.business_id = :business
                                       AND r.status = 'PENDING') AS pending
                        FROM market_event x WHERE x.id = :event AND x.status <> 'DRAFT' FOR UPDATE OF x""")
                .param("event", eventId).param("business", businessId)
                .query((rs, i) -> new JoinRule.Situation(MarketEventStatus.valueOf(rs.getString("status")),
                        lastDayToAsk(rs.getObject("registration_closes_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class)),
                        (Integer) rs.getObject("capacity"), rs.getInt("taken"), rs.getBoolean("in_jurisdiction"), rs.getBoolean("participant"),
                        rs.getBoolean("pending"), today.date()))
                .optional().orElseThrow(() -> new NotFound("market_event", eventId));
    }

    /** The registration deadline, or the day before the event starts when the agency set none. */
    static LocalDate lastDayToAsk(LocalDate closesOn, LocalDate startsOn) {
        return closesOn != null ? closesOn : startsOn.minusDays(1);
    }

    private static JoinRequestView view(ResultSet rs, int row) throws SQLException {
        var decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new JoinRequestView(rs.getLong("id"), rs.getLong("event_id"), rs.getString("event_name"), rs.getObject("starts_on", LocalDate.class),
                rs.getLong("business_id"), rs.getString("business_name"), rs.getString("place"), rs.getString("region_code"), rs.getString("note"),
                JoinRequestView.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getObject("asked_at", OffsetDateTime.class).toInstant(), decided == null ? null : decided.toInstant(), rs.getInt("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
