package id.naikkelas.training;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.TextLimits;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Agencies;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.programs.Programs;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Training events: set up by staff of the region where they are held, seen by those they concern. */
@Service
public class TrainingEvents {

    static final int MAX_CAPACITY = 5000;
    static final int MAX_SESSIONS = 30;
    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Access access;
    private final Regions regions;
    private final Agencies agencies;
    private final Programs programs;
    private final AuditTrail audit;
    private final Waitlist waitlist;
    private final Today today;
    private final TrainingRules rules = TrainingRules.load();

    TrainingEvents(JdbcClient jdbc, Access access, Regions regions, Agencies agencies, Programs programs, AuditTrail audit,
                   Waitlist waitlist, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.waitlist = waitlist;
        this.access = access;
        this.regions = regions;
        this.agencies = agencies;
        this.programs = programs;
        this.audit = audit;
    }

    TrainingRules rules() {
        return rules;
    }

    /** Agency staff organise training; owners, facilitators, partners and buyers take part in it. */
    public CurrentUser checkCanCreate() {
        CurrentUser me = access.require();
        if (!me.isProgramStaff()) {
            throw new AccessDeniedException("only agency staff organise training");
        }
        return me;
    }

    @Transactional
    public long create(EventData data) {
        CurrentUser me = checkCanCreate();
        if (me.agencyId() == null) {
            throw InvalidInput.of("agency", "programs.agency.required");
        }
        check(data, me, 0);
        var p = params(data);
        p.put("agency", me.agencyId());
        p.put("me", me.username());
        long id = jdbc.sql("""
                        INSERT INTO training_event (agency_id, region_code, type, topic, description, program_id, trainers, mode, venue,
                            meeting_link, capacity, registration_deadline, target_region_codes, target_sectors, min_sessions, pass_mark,
                            created_by)
                        VALUES (:agency, :region, :type, :topic, :description, :program, :trainers, :mode, :venue, :link, :capacity,
                            :deadline, :targets, :sectors, :minSessions, :passMark, :me) RETURNING id""")
                .params(p).query(Long.class).single();
        writeSessions(id, data.sessions());
        writePartners(id, data.partnerAgencyIds());
        audit.created("training_event", id, data.regionCode(), Map.of("type", data.type(), "topic", data.topic().trim(),
                "capacity", data.capacity(), "sessions", data.sessions().size()));
        return id;
    }

    /**
     * Calls the whole event off: every seat and waiting place is released, and the owner of each
     * registration is told why. A stale version, an event already cancelled or already over is refused.
     * Returns how many registrations were released.
     */
    @Transactional
    public int cancel(long id, int version, String reason) {
        CurrentUser me = access.require();
        var event = get(id);
        if (!event.manageable()) {
            throw new AccessDeniedException("not this user's event");
        }
        var problems = new InvalidInput.Collector();
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "training.cancel.reasonRequired");
        } else if (reason.trim().length() > MAX_REASON) {
            problems.add("reason", "training.cancel.reasonTooLong", MAX_REASON);
        }
        if (!"OPEN".equals(event.status())) {
            problems.add("event", "training.event.alreadyCancelled");
        } else if (event.sessions().stream().allMatch(s -> s.endsAt().isBefore(today.now()))) {
            problems.add("event", "training.cancel.alreadyHeld");
        }
        problems.throwIfAny();
        waitlist.lock(id);
        int updated = jdbc.sql("""
                        UPDATE training_event SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?, cancel_reason = ?,
                            version = version + 1
                        WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(me.username(), reason.trim(), id, version).update();
        if (updated == 0) {
            throw new EditConflict("training_event", id);
        }
        var released = jdbc.sql("""
                        UPDATE training_registration SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?
                        WHERE event_id = ? AND status <> 'CANCELLED' RETURNING business_id, participant_name""")
                .params(me.username(), id)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        for (var r : released) {
            waitlist.notifyOwner(r.getKey(), "training.notice.eventCancelled", r.getValue(), event.topic(), reason.trim());
        }
        audit.action("training_event", id, "CANCEL", event.regionCode(), Map.of("status", event.status()),
                Map.of("status", "CANCELLED", "reason", reason.trim(), "registrationsReleased", released.size()));
        return released.size();
    }

    /** Replaces the set-up; a stale version is refused. Promotes from the waitlist when seats were added. */
    @Transactional
    public void update(long id, int version, EventData data) {
        CurrentUser me = access.require();
        var before = get(id);
        if (!before.manageable()) {
            throw new AccessDeniedException("not this user's event");
        }
        if (!"OPEN".equals(before.status())) {
            throw InvalidInput.of("event", "training.event.alreadyCancelled");
        }
        check(data, me, before.confirmed());
        var p = params(data);
        p.put("id", id);
        p.put("version", version);
        int updated = jdbc.sql("""
                        UPDATE training_event SET region_code = :region, type = :type, topic = :topic, description = :description,
                            program_id = :program, trainers = :trainers, mode = :mode, venue = :venue, meeting_link = :link,
                            capacity = :capacity, registration_deadline = :deadline, target_region_codes = :targets,
                            target_sectors = :sectors, min_sessions = :minSessions, pass_mark = :passMark, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(p).update();
        if (updated == 0) {
            throw new EditConflict("training_event", id);
        }
        replaceSessions(id, data.sessions());
        jdbc.sql("DELETE FROM training_partner WHERE event_id = ?").param(id).update();
        writePartners(id, data.partnerAgencyIds());
        waitlist.fillFreeSeats(id);
        audit.changed("training_event", id, data.regionCode(),
                Map.of("topic", before.topic(), "capacity", before.capacity(), "sessions", before.sessions().size()),
                Map.of("topic", data.topic().trim(), "capacity", data.capacity(), "sessions", data.sessions().size()));
    }

    public EventView get(long id) {
        CurrentUser me = access.require();
        var scope = TrainingAccess.visible(me);
        var params = new HashMap<String, Object>(scope.params());
        params.put("id", id);
        params.put("me", me.id());
        params.put("dayStart", EventTiming.dayStart(today));
        return jdbc.sql(SELECT + " WHERE e.id = :id AND " + scope.sql())
                .params(params).query((rs, i) -> map(rs, me)).optional()
                .orElseThrow(() -> new NotFound("training_event", id));
    }

    /**
     * Events the user may see that are not over yet, or (past) those that are: in either, today's and upcoming ones
     * first, nearest first, then past ones newest first ({@link EventTiming}).
     */
    public List<EventView> list(boolean past) {
        CurrentUser me = access.require();
        var scope = TrainingAccess.visible(me);
        var params = new HashMap<String, Object>(scope.params());
        params.put("now", today.now());
        params.put("me", me.id());
        params.put("dayStart", EventTiming.dayStart(today));
        // upcoming: a session not yet ended, found through the sessions' end index, so only those events get their
        // figures worked out (the same as last_end >= :now)
        String when = past ? "last_end < :now" : "e.id IN (SELECT s.event_id FROM training_session s WHERE s.ends_at >= :now)";
        return jdbc.sql(SELECT + " WHERE " + scope.sql() + " AND " + when + " ORDER BY " + EventTiming.ORDER + ", e.id LIMIT 200")
                .params(params).query((rs, i) -> map(rs, me)).list();
    }

    /**
     * One row per event with everything its view needs (partners, sessions, whether the caller holds a
     * confirmed seat and so sees the meeting link), so a list of 200 events is one query.
     */
    private static final String SELECT = """
            SELECT * FROM (SELECT e.*, a.name AS agency_name, p.name AS program_name,
                (SELECT min(s.starts_at) FROM training_session s WHERE s.event_id = e.id) AS first_start,
                (SELECT max(s.ends_at) FROM training_session s WHERE s.event_id = e.id) AS last_end,
                %s AS next_start, %s AS last_start,
                (SELECT count(*) FROM training_registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS confirmed,
                (SELECT count(*) FROM training_registration r WHERE r.event_id = e.id AND r.status = 'WAITLISTED') AS waitlisted,
                ARRAY(SELECT pa.id FROM training_partner tp JOIN identity_agency pa ON pa.id = tp.agency_id
                      WHERE tp.event_id = e.id ORDER BY pa.name, pa.id) AS partner_ids,
                ARRAY(SELECT pa.name FROM training_partner tp JOIN identity_agency pa ON pa.id = tp.agency_id
                      WHERE tp.event_id = e.id ORDER BY pa.name, pa.id) AS partner_names,
                ARRAY(SELECT s.id FROM training_session s WHERE s.event_id = e.id ORDER BY s.position) AS session_ids,
                ARRAY(SELECT s.position FROM training_session s WHERE s.event_id = e.id ORDER BY s.position) AS session_positions,
                ARRAY(SELECT s.starts_at FROM training_session s WHERE s.event_id = e.id ORDER BY s.position) AS session_starts,
                ARRAY(SELECT s.ends_at FROM training_session s WHERE s.event_id = e.id ORDER BY s.position) AS session_ends,
                EXISTS (SELECT 1 FROM training_registration r JOIN registry_business b ON b.id = r.business_id
                        WHERE r.event_id = e.id AND r.status = 'CONFIRMED' AND b.owner_user_id = :me) AS holds_seat
              FROM training_event e JOIN identity_agency a ON a.id = e.agency_id LEFT JOIN programs_program p ON p.id = e.program_id) e"""
            .formatted(EventTiming.NEXT_START.formatted("e.id"), EventTiming.LAST_START.formatted("e.id"));

    private void check(EventData data, CurrentUser me, int confirmed) {
        var problems = new InvalidInput.Collector().limit("topic", data.topic(), TextLimits.NAME)
                .limit("description", data.description(), TextLimits.NOTE).limit("venue", data.venue(), TextLimits.NAME)
                .limit("meetingLink", data.meetingLink(), TextLimits.LINK);
        if (data.type() == null) {
            problems.add("type", "field.required");
        }
        if (data.topic() == null || data.topic().isBlank()) {
            problems.add("topic", "field.required");
        }
        if (data.mode() == null) {
            problems.add("mode", "field.required");
        } else {
            if (data.mode().hasVenue() && (data.venue() == null || data.venue().isBlank())) {
                problems.add("venue", "training.venue.required");
            }
            if (data.mode().hasLink()) {
                if (data.meetingLink() == null || data.meetingLink().isBlank()) {
                    problems.add("meetingLink", "training.link.required");
                } else if (!isWebLink(data.meetingLink())) {
                    problems.add("meetingLink", "training.link.invalid");
                }
            }
        }
        if (data.regionCode() == null || data.regionCode().isBlank()) {
            problems.add("regionCode", "field.required");
        } else if (!regions.exists(data.regionCode())) {
            problems.add("regionCode", "region.unknown", data.regionCode());
        } else if (!me.jurisdiction().covers(data.regionCode())) {
            problems.add("regionCode", "training.region.outside", data.regionCode());
        }
        for (String code : data.targetRegionCodes() == null ? List.<String>of() : data.targetRegionCodes()) {
            if (!regions.exists(code)) {
                problems.add("targetRegionCodes", "region.unknown", code);
            }
        }
        if (data.capacity() == null) {
            problems.add("capacity", "field.required");
        } else if (data.capacity() < 1 || data.capacity() > MAX_CAPACITY) {
            problems.add("capacity", "training.capacity.range", MAX_CAPACITY);
        } else if (data.capacity() < confirmed) {
            problems.add("capacity", "training.capacity.belowConfirmed", confirmed);
        }
        var sessions = data.sessions() == null ? List.<EventData.Session>of() : data.sessions();
        if (sessions.isEmpty()) {
            problems.add("sessions", "training.sessions.required");
        } else if (sessions.size() > MAX_SESSIONS) {
            problems.add("sessions", "training.sessions.tooMany", MAX_SESSIONS);
        }
        for (int i = 0; i < sessions.size(); i++) {
            var s = sessions.get(i);
            if (s == null || s.startsAt() == null || s.endsAt() == null) {
                problems.add("sessions", "training.sessions.incomplete", i + 1);
            } else if (!s.endsAt().isAfter(s.startsAt())) {
                problems.add("sessions", "training.sessions.endBeforeStart", i + 1);
            }
        }
        if (data.registrationDeadline() == null) {
            problems.add("registrationDeadline", "field.required");
        } else if (!problems.has("sessions")) {
            var firstStart = sessions.stream().map(EventData.Session::startsAt).min(OffsetDateTime::compareTo).orElseThrow();
            if (data.registrationDeadline().isAfter(firstStart)) {
                problems.add("registrationDeadline", "training.deadline.afterStart");
            }
        }
        if (data.minSessions() != null && (data.minSessions() < 1 || data.minSessions() > sessions.size())) {
            problems.add("minSessions", "training.minSessions.range", sessions.size());
        }
        if (data.passMark() != null && (data.passMark() < 0 || data.passMark() > 100)) {
            problems.add("passMark", "training.passMark.range");
        }
        if (data.programId() != null) {
            try {
                programs.get(data.programId());
            } catch (NotFound e) {
                problems.add("programId", "training.program.unknown");
            }
        }
        for (Long partner : data.partnerAgencyIds() == null ? List.<Long>of() : data.partnerAgencyIds()) {
            if (partner == null || agencies.find(partner).isEmpty()) {
                problems.add("partnerAgencyIds", "training.partner.unknown", String.valueOf(partner));
            }
        }
        problems.throwIfAny();
    }

    private static boolean isWebLink(String link) {
        try {
            var uri = URI.create(link.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Object> params(EventData d) {
        var p = new LinkedHashMap<String, Object>();
        p.put("region", d.regionCode());
        p.put("type", d.type().name());
        p.put("topic", d.topic().trim());
        p.put("description", blank(d.description()));
        p.put("program", d.programId());
        p.put("trainers", (d.trainers() == null ? List.<String>of() : d.trainers()).stream()
                .filter(t -> t != null && !t.isBlank()).map(String::trim).toArray(String[]::new));
        p.put("mode", d.mode().name());
        p.put("venue", d.mode().hasVenue() ? d.venue().trim() : null);
        p.put("link", d.mode().hasLink() ? d.meetingLink().trim() : null);
        p.put("capacity", d.capacity());
        p.put("deadline", d.registrationDeadline());
        var targets = d.targetRegionCodes() == null || d.targetRegionCodes().isEmpty() ? List.of(d.regionCode()) : d.targetRegionCodes();
        p.put("targets", targets.stream().distinct().toArray(String[]::new));
        p.put("sectors", (d.targetSectors() == null ? Set.<Sector>of() : d.targetSectors()).stream().map(Enum::name).sorted()
                .toArray(String[]::new));
        p.put("minSessions", d.minSessions());
        p.put("passMark", d.passMark());
        return p;
    }

    private void writeSessions(long id, List<EventData.Session> sessions) {
        var sorted = sessions.stream().sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            jdbc.sql("INSERT INTO training_session (event_id, position, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, sorted.get(i).startsAt(), sorted.get(i).endsAt()).update();
        }
    }

    /** Sessions keep their ids (and so their attendance) by position; one with attendance cannot be dropped. */
    private void replaceSessions(long id, List<EventData.Session> sessions) {
        var sorted = sessions.stream().sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList();
        int attendedBeyond = jdbc.sql("""
                        SELECT count(*) FROM training_attendance ta JOIN training_session s ON s.id = ta.session_id
                        WHERE s.event_id = ? AND s.position > ?""").params(id, sorted.size()).query(Integer.class).single();
        if (attendedBeyond > 0) {
            throw InvalidInput.of("sessions", "training.sessions.attended");
        }
        jdbc.sql("DELETE FROM training_session WHERE event_id = ? AND position > ?").params(id, sorted.size()).update();
        for (int i = 0; i < sorted.size(); i++) {
            int position = i + 1;
            int changed = jdbc.sql("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE event_id = ? AND position = ?")
                    .params(sorted.get(i).startsAt(), sorted.get(i).endsAt(), id, position).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO training_session (event_id, position, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                        .params(id, position, sorted.get(i).startsAt(), sorted.get(i).endsAt()).update();
            }
        }
    }

    private void writePartners(long id, List<Long> partners) {
        for (Long agency : partners == null ? List.<Long>of() : partners.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO training_partner (event_id, agency_id) VALUES (?, ?)").params(id, agency).update();
        }
    }

    /** Times in the event region's own zone, so pages and the API show the wall-clock time people were told. */
    private static List<EventView.SessionView> sessions(ResultSet rs, java.time.ZoneId zone) throws SQLException {
        var ids = (Long[]) rs.getArray("session_ids").getArray();
        var positions = (Integer[]) rs.getArray("session_positions").getArray();
        var starts = (java.sql.Timestamp[]) rs.getArray("session_starts").getArray();
        var ends = (java.sql.Timestamp[]) rs.getArray("session_ends").getArray();
        var sessions = new ArrayList<EventView.SessionView>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            sessions.add(new EventView.SessionView(ids[i], positions[i], starts[i].toInstant().atZone(zone).toOffsetDateTime(),
                    ends[i].toInstant().atZone(zone).toOffsetDateTime()));
        }
        return sessions;
    }

    private static OffsetDateTime local(OffsetDateTime t, java.time.ZoneId zone) {
        return t.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private EventView map(ResultSet rs, CurrentUser me) throws SQLException {
        long id = rs.getLong("id");
        var type = EventType.valueOf(rs.getString("type"));
        var rule = rules.of(type);
        String region = rs.getString("region_code");
        boolean manageable = TrainingAccess.manages(me, region);
        var partnerIds = (Long[]) rs.getArray("partner_ids").getArray();
        var partnerNames = (String[]) rs.getArray("partner_names").getArray();
        var partners = new ArrayList<EventView.Partner>(partnerIds.length);
        for (int i = 0; i < partnerIds.length; i++) {
            partners.add(new EventView.Partner(partnerIds[i], partnerNames[i]));
        }
        boolean seesLink = me.isStaff() || rs.getBoolean("holds_seat");
        var targets = strings(rs.getArray("target_region_codes"));
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        strings(rs.getArray("target_sectors")).forEach(s -> sectors.add(Sector.valueOf(s)));
        var zone = EventTimes.zone(region);
        var deadline = local(rs.getObject("registration_deadline", OffsetDateTime.class), zone);
        String status = rs.getString("status");
        Integer passMark = Completion.passMark(rs.getObject("pass_mark", Integer.class), rule);
        boolean passMarkConfirmed = rs.getObject("pass_mark", Integer.class) != null || rule.passMarkConfirmed();
        var nextStart = rs.getObject("next_start", OffsetDateTime.class);
        return new EventView(id, rs.getLong("agency_id"), rs.getString("agency_name"), region, regions.label(region),
                EventTimes.abbreviation(zone), type, rs.getString("topic"), rs.getString("description"),
                rs.getObject("program_id", Long.class), rs.getString("program_name"), partners,
                strings(rs.getArray("trainers")), EventMode.valueOf(rs.getString("mode")), rs.getString("venue"),
                seesLink ? rs.getString("meeting_link") : null, rs.getInt("capacity"), deadline, sessions(rs, zone), targets,
                targets.stream().map(regions::label).toList(), sectors, rs.getObject("min_sessions", Integer.class), passMark,
                passMarkConfirmed, status, rs.getString("cancel_reason"), rs.getInt("confirmed"), rs.getInt("waitlisted"), manageable,
                "OPEN".equals(status) && today.now().isBefore(deadline), rs.getInt("version"),
                EventTiming.of(nextStart, today), nextStart == null ? null : local(nextStart, zone));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
