package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Market events an agency runs (bazaar, expo, business matching, pameran) and the UMKM of its jurisdiction taking
 * part, each with a stand and the products it brings. Every change to the event or its participants moves the event's
 * version. The public pages show an event unless it is a draft, and a participant only while its business is verified
 * and still in the agency's jurisdiction, with only its published products (ADR 0022).
 */
@Service
public class MarketEvents {

    static final int MAX_PARTICIPANTS = 300;
    /** Products shown per participant when none were chosen: what a stand would carry. */
    static final int PRODUCTS_PER_EXHIBITOR = 6;

    private static final String CARD = """
            SELECT x.id, x.name, x.kind, x.status, x.starts_on, x.ends_on, x.venue, k.name AS place, ag.name AS agency,
                   (SELECT count(*) FROM market_event_participant pa JOIN registry_business b ON b.id = pa.business_id
                    WHERE pa.event_id = x.id AND b.status = 'VERIFIED' AND b.merged_into IS NULL AND """ + " " + Curators.IN_AGENCY + """
            ) AS participants
            FROM market_event x JOIN identity_agency ag ON ag.id = x.agency_id LEFT JOIN region k ON k.code = left(x.region_code, 5)
            """;

    private final JdbcClient jdbc;
    private final Curators curators;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Today today;

    MarketEvents(JdbcClient jdbc, Curators curators, Catalogue catalogue, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.curators = curators;
        this.catalogue = catalogue;
        this.audit = audit;
        this.today = today;
    }

    // ---- curators ------------------------------------------------------------------------------------------------

    /** The curator's agency's events (an administrator of no agency: every agency's), latest first. */
    public List<EventCard> mine() {
        var curator = curators.require();
        return curator.agency() == null
                ? jdbc.sql(CARD + " ORDER BY x.starts_on DESC, x.id DESC LIMIT 200").query(MarketEvents::card).list()
                : jdbc.sql(CARD + " WHERE x.agency_id = ? ORDER BY x.starts_on DESC, x.id DESC LIMIT 200").param(curator.agency().id())
                        .query(MarketEvents::card).list();
    }

    public MarketEventView get(long id) {
        curators.requireOwn(agencyOf(id), "market_event", id);
        record Head(String agency, MarketEventForm form, String place, int version) {
        }
        var head = jdbc.sql("""
                        SELECT ag.name AS agency, x.*, k.name AS place FROM market_event x JOIN identity_agency ag ON ag.id = x.agency_id
                        LEFT JOIN region k ON k.code = x.region_code WHERE x.id = ?""")
                .param(id)
                .query((rs, i) -> new Head(rs.getString("agency"), form(rs), rs.getString("place"), rs.getInt("version"))).single();
        var participants = jdbc.sql("""
                        SELECT pa.business_id, b.name, k.name AS place, pa.booth, pa.product_ids FROM market_event_participant pa
                        JOIN registry_business b ON b.id = pa.business_id LEFT JOIN region k ON k.code = left(b.region_code, 5)
                        WHERE pa.event_id = ? ORDER BY b.name, pa.business_id""")
                .param(id)
                .query((rs, i) -> new MarketEventView.Participant(rs.getLong("business_id"), rs.getString("name"), rs.getString("place"),
                        rs.getString("booth"), ids(rs, "product_ids"), List.of()))
                .list();
        if (!participants.isEmpty()) {
            Map<Long, List<MarketEventView.ProductChoice>> products = jdbc.sql("""
                            SELECT p.business_id, p.id, p.name, coalesce(l.published, false) AS shown FROM registry_catalogue_product p
                            LEFT JOIN catalogue_listing l ON l.product_id = p.id WHERE p.business_id IN (:ids) AND p.active ORDER BY p.name, p.id""")
                    .param("ids", participants.stream().map(MarketEventView.Participant::businessId).toList())
                    .query((rs, i) -> Map.entry(rs.getLong(1), new MarketEventView.ProductChoice(rs.getLong(2), rs.getString(3), rs.getBoolean(4))))
                    .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            participants = participants.stream().map(p -> new MarketEventView.Participant(p.businessId(), p.businessName(), p.place(), p.booth(),
                    p.productIds(), products.getOrDefault(p.businessId(), List.of()))).toList();
        }
        return new MarketEventView(id, head.agency(), head.form(), head.place(), participants, head.version());
    }

    @Transactional
    public long create(MarketEventForm form) {
        var curator = curators.require();
        long agency = curator.agencyId();
        check(curator, form);
        var now = today.now();
        long id = jdbc.sql("""
                        INSERT INTO market_event (agency_id, name, kind, starts_on, ends_on, venue, region_code, description, registration,
                                                  status, registration_closes_on, capacity, created_at, updated_at)
                        VALUES (:agency, :name, :kind, :startsOn, :endsOn, :venue, :region, :description, :registration, :status,
                                :closesOn, :capacity, :now, :now)
                        RETURNING id""")
                .params(columns(form)).param("agency", agency).param("now", now).query(Long.class).single();
        audit.created("market_event", id, form.regionCode(), columns(form));
        return id;
    }

    @Transactional
    public void save(long id, int version, MarketEventForm form) {
        var before = get(id);
        var curator = curators.requireOwn(agencyOf(id), "market_event", id);
        check(curator, form);
        int changed = jdbc.sql("""
                        UPDATE market_event SET name = :name, kind = :kind, starts_on = :startsOn, ends_on = :endsOn, venue = :venue,
                               region_code = :region, description = :description, registration = :registration, status = :status,
                               registration_closes_on = :closesOn, capacity = :capacity, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(columns(form)).param("now", today.now()).param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new EditConflict("market_event", id);
        }
        audit.changed("market_event", id, form.regionCode(), columns(before.event()), columns(form));
    }

    /** Adds a UMKM of the agency's jurisdiction, or changes its stand and products when it already takes part. */
    @Transactional
    public void saveParticipant(long id, int version, ParticipantForm form) {
        var before = get(id);
        var curator = curators.requireOwn(agencyOf(id), "market_event", id);
        var problems = new InvalidInput.Collector().check(form);
        String region = null;
        if (form.businessId() == null) {
            problems.add("businessId", "field.required");
        } else {
            region = jdbc.sql("SELECT region_code FROM registry_business WHERE id = ? AND status = 'VERIFIED' AND merged_into IS NULL")
                    .param(form.businessId()).query(String.class).optional().orElse(null);
            boolean known = before.participants().stream().anyMatch(p -> p.businessId() == form.businessId());
            if (region == null || !known && !curator.reaches(region)) {
                problems.add("businessId", "market.curation.businessOutside");
            } else if (!known && before.participants().size() >= MAX_PARTICIPANTS) {
                problems.add("businessId", "market.curation.tooManyParticipants", MAX_PARTICIPANTS);
            }
        }
        var products = new ArrayList<>(new LinkedHashSet<>(form.productIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (!problems.has("businessId") && !products.isEmpty()) {
            int own = jdbc.sql("SELECT count(*) FROM registry_catalogue_product WHERE id IN (:ids) AND business_id = :business AND active")
                    .param("ids", products).param("business", form.businessId()).query(Integer.class).single();
            if (own != products.size()) {
                problems.add("productIds", "market.curation.notTheirs");
            }
        }
        problems.throwIfAny();
        bump(id, version);
        jdbc.sql("""
                        INSERT INTO market_event_participant (event_id, business_id, booth, product_ids, added_at)
                        VALUES (:event, :business, :booth, :products, :now)
                        ON CONFLICT (event_id, business_id) DO UPDATE SET booth = excluded.booth, product_ids = excluded.product_ids""")
                .param("event", id).param("business", form.businessId()).param("booth", blankToNull(form.booth()))
                .param("products", products.toArray(Long[]::new)).param("now", today.now()).update();
        var after = new HashMap<String, Object>();
        after.put("businessId", form.businessId());
        after.put("booth", blankToNull(form.booth()));
        after.put("productIds", products.toString());
        audit.changed("market_event", id, before.event().regionCode(), Map.of(), after);
    }

    @Transactional
    public void removeParticipant(long id, int version, long businessId) {
        var before = get(id);
        if (before.participants().stream().noneMatch(p -> p.businessId() == businessId)) {
            throw new NotFound("participant", businessId);
        }
        bump(id, version);
        jdbc.sql("DELETE FROM market_event_participant WHERE event_id = ? AND business_id = ?").param(id).param(businessId).update();
        audit.changed("market_event", id, before.event().regionCode(), Map.of("businessId", businessId), Map.of());
    }

    private void bump(long id, int version) {
        if (jdbc.sql("UPDATE market_event SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(today.now(), id, version).update() == 0) {
            throw new EditConflict("market_event", id);
        }
    }

    private void check(Curators.Curator curator, MarketEventForm form) {
        var problems = new InvalidInput.Collector().check(form);
        required(problems, "name", form.name());
        required(problems, "venue", form.venue());
        if (form.kind() == null) {
            problems.add("kind", "field.required");
        }
        if (form.status() == null) {
            problems.add("status", "field.required");
        }
        if (form.startsOn() == null) {
            problems.add("startsOn", "field.required");
        }
        if (form.endsOn() == null) {
            problems.add("endsOn", "field.required");
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add("endsOn", "market.curation.endsBeforeStart");
        } else if (form.registrationClosesOn() != null && form.registrationClosesOn().isAfter(form.endsOn())) {
            problems.add("registrationClosesOn", "market.join.closesAfterEnd");
        }
        if (form.regionCode() == null || form.regionCode().isBlank()) {
            problems.add("regionCode", "field.required");
        } else if (!problems.has("regionCode") && (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)").param(form.regionCode())
                .query(Boolean.class).single() || !curator.reaches(form.regionCode()))) {
            problems.add("regionCode", "market.curation.regionOutside");
        }
        problems.throwIfAny();
    }

    // ---- the public and owners ---------------------------------------------------------------------------------------

    /** Public events: those not yet over (soonest first), and past ones (latest first); fifty of each at most. */
    public Calendar published() {
        var params = Map.<String, Object>of("today", today.date());
        return new Calendar(
                jdbc.sql(CARD + " WHERE x.status <> 'DRAFT' AND x.ends_on >= :today ORDER BY x.starts_on, x.id LIMIT 50")
                        .params(params).query(MarketEvents::card).list(),
                jdbc.sql(CARD + " WHERE x.status <> 'DRAFT' AND x.ends_on < :today ORDER BY x.ends_on DESC, x.id DESC LIMIT 50")
                        .params(params).query(MarketEvents::card).list());
    }

    /** The public list of events, split at today. */
    public record Calendar(List<EventCard> upcoming, List<EventCard> past) {
    }

    /** A public event with its participants (verified, still in the agency's jurisdiction) and their public products. */
    public EventPage page(long id) {
        var card = jdbc.sql(CARD + " WHERE x.id = ? AND x.status <> 'DRAFT'").param(id).query(MarketEvents::card).optional()
                .orElseThrow(() -> new NotFound("market_event", id));
        record Texts(String description, String registration, LocalDate lastDayToAsk, Integer capacity) {
        }
        var texts = jdbc.sql("SELECT description, registration, registration_closes_on, starts_on, capacity FROM market_event WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Texts(rs.getString(1), rs.getString(2),
                        JoinRequests.lastDayToAsk(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), (Integer) rs.getObject(5)))
                .single();
        record Row(long businessId, String name, String place, String booth, List<Long> productIds) {
        }
        var rows = jdbc.sql("""
                        SELECT pa.business_id, b.name, k.name AS place, pa.booth, pa.product_ids FROM market_event_participant pa
                        JOIN market_event x ON x.id = pa.event_id JOIN registry_business b ON b.id = pa.business_id
                        LEFT JOIN region k ON k.code = left(b.region_code, 5)
                        WHERE pa.event_id = ? AND b.status = 'VERIFIED' AND b.merged_into IS NULL AND """ + " " + Curators.IN_AGENCY
                        + " ORDER BY pa.booth NULLS LAST, b.name, pa.business_id")
                .param(id)
                .query((rs, i) -> new Row(rs.getLong("business_id"), rs.getString("name"), rs.getString("place"), rs.getString("booth"),
                        ids(rs, "product_ids")))
                .list();
        Map<Long, List<ListingCard>> cards = rows.isEmpty() ? Map.of()
                : catalogue.publicCards("l.business_id IN (:ids)", Map.of("ids", rows.stream().map(Row::businessId).toList()),
                        "l.business_id, l.product_id", 1000).stream().collect(Collectors.groupingBy(ListingCard::businessId));
        var exhibitors = rows.stream().map(r -> {
            var shown = cards.getOrDefault(r.businessId(), List.of()).stream()
                    .filter(c -> r.productIds().isEmpty() || r.productIds().contains(c.productId()))
                    .limit(r.productIds().isEmpty() ? PRODUCTS_PER_EXHIBITOR : Long.MAX_VALUE).toList();
            return new EventPage.Exhibitor(r.businessId(), r.name(), r.place(), r.booth(), shown);
        }).toList();
        boolean asking = JoinRule.eventTakesRequests(card.status(), texts.lastDayToAsk(), today.date());
        return new EventPage(card, texts.description(), texts.registration(), asking ? texts.lastDayToAsk() : null, texts.capacity(), exhibitors);
    }

    /** Public events the given businesses take part in, not over for more than 30 days: for their owners' etalase. */
    public List<OwnerEvent> forBusinesses(List<Long> businessIds) {
        if (businessIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CARD.replace("FROM market_event x", "FROM market_event_participant own JOIN market_event x ON x.id = own.event_id")
                                .replace("SELECT x.id,", "SELECT own.booth AS own_booth, own_business.name AS own_business, x.id,")
                                .replace("LEFT JOIN region k", "JOIN registry_business own_business ON own_business.id = own.business_id LEFT JOIN region k")
                        + " WHERE own.business_id IN (:ids) AND x.status <> 'DRAFT' AND x.ends_on >= :since ORDER BY x.starts_on, x.id LIMIT 50")
                .param("ids", businessIds).param("since", today.date().minusDays(30))
                .query((rs, i) -> new OwnerEvent(card(rs, i), rs.getString("own_business"), rs.getString("own_booth")))
                .list();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private long agencyOf(long id) {
        return jdbc.sql("SELECT agency_id FROM market_event WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("market_event", id));
    }

    private static void required(InvalidInput.Collector problems, String field, String value) {
        if ((value == null || value.isBlank()) && !problems.has(field)) {
            problems.add(field, "field.required");
        }
    }

    private static Map<String, Object> columns(MarketEventForm form) {
        var values = new HashMap<String, Object>();
        values.put("name", form.name() == null ? null : form.name().strip());
        values.put("kind", form.kind() == null ? null : form.kind().name());
        values.put("startsOn", form.startsOn());
        values.put("endsOn", form.endsOn());
        values.put("venue", form.venue() == null ? null : form.venue().strip());
        values.put("region", form.regionCode());
        values.put("description", blankToNull(form.description()));
        values.put("registration", blankToNull(form.registration()));
        values.put("status", form.status() == null ? null : form.status().name());
        values.put("closesOn", form.registrationClosesOn());
        values.put("capacity", form.capacity());
        return values;
    }

    private static MarketEventForm form(ResultSet rs) throws SQLException {
        return new MarketEventForm(rs.getString("name"), MarketEventKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("venue"),
                rs.getString("region_code"), rs.getString("description"), rs.getString("registration"),
                MarketEventStatus.valueOf(rs.getString("status")), rs.getObject("registration_closes_on", LocalDate.class),
                (Integer) rs.getObject("capacity"));
    }

    private static EventCard card(ResultSet rs, int row) throws SQLException {
        return new EventCard(rs.getLong("id"), rs.getString("name"), MarketEventKind.valueOf(rs.getString("kind")),
                MarketEventStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("venue"), rs.getString("place"), rs.getString("agency"),
                rs.getInt("participants"));
    }

    private static List<Long> ids(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
