package id.naikkelas.programs;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Agencies;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Programs: set up by a program manager of the owning agency, seen by those they concern. */
@Service
public class Programs {

    private final JdbcClient jdbc;
    private final Access access;
    private final Regions regions;
    private final AuditTrail audit;
    private final Agencies agencies;

    Programs(JdbcClient jdbc, Access access, Regions regions, AuditTrail audit, Agencies agencies) {
        this.jdbc = jdbc;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.agencies = agencies;
    }

    /**
     * Who sets up programs: the agency staff who manage them in their jurisdiction (program managers, officers,
     * administrators). A facilitator or a partner organisation's account has an agency and a region too, but runs none.
     */
    public CurrentUser checkCanCreate() {
        CurrentUser me = access.require();
        if (!me.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER)) {
            throw new AccessDeniedException("only agency staff set up programs");
        }
        return me;
    }

    @Transactional
    public long create(ProgramData data) {
        CurrentUser me = checkCanCreate();
        if (me.agencyId() == null) {
            // a program belongs to an agency; an administrator without one must act as an agency's user
            throw InvalidInput.of("name", "programs.agency.required");
        }
        check(data, me);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO program (agency_id, name, description, region_codes, region_code, starts_on, capacity, target_permits,
                                facilitation, caseload_cap, eligible_sectors, eligible_scales, created_by)
                            VALUES (:agency, :name, :description, :regions, :region, :starts, :capacity, :targets, :facilitation, :cap,
                                :sectors, :scales, :me) RETURNING id""")
                    .params(params(data, me)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("name", "programs.name.taken");
        }
        writeStagesAndPartners(id, data);
        audit.created("program", id, data.regionCodes().get(0), Map.of("name", data.name(), "regions", data.regionCodes(),
                "facilitation", data.facilitation(), "stages", data.stages().size()));
        return id;
    }

    @Transactional
    public void update(long id, int version, ProgramData data) {
        CurrentUser me = access.require();
        var before = get(id);
        if (!before.manageable()) {
            throw new AccessDeniedException("not this user's program");
        }
        check(data, me);
        var p = params(data, me);
        p.put("id", id);
        p.put("version", version);
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE program SET name = :name, description = :description, region_codes = :regions, region_code = :region,
                                starts_on = :starts, capacity = :capacity, target_permits = :targets, facilitation = :facilitation,
                                caseload_cap = :cap, eligible_sectors = :sectors, eligible_scales = :scales, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .params(p).update();
        } catch (DuplicateKeyException e) {
            // renamed to the name of another program of the agency (the transaction is rolled back)
            throw InvalidInput.of("name", "programs.name.taken");
        }
        if (updated == 0) {
            throw new EditConflict("program", id);
        }
        jdbc.sql("DELETE FROM program_stage WHERE program_id = ?").param(id).update();
        // partners that stay keep their MoU's scope and document, set on their own page
        jdbc.sql("DELETE FROM program_partner WHERE program_id = :id AND NOT (agency_id = ANY (:kept))").param("id", id)
                .param("kept", (data.partners() == null ? List.<ProgramData.Partner>of() : data.partners()).stream()
                        .map(ProgramData.Partner::agencyId).toArray(Long[]::new))
                .update();
        writeStagesAndPartners(id, data);
        audit.changed("program", id, data.regionCodes().get(0),
                Map.of("name", before.name(), "capacity", String.valueOf(before.capacity()), "stages", before.stages().size()),
                Map.of("name", data.name(), "capacity", String.valueOf(data.capacity()), "stages", data.stages().size()));
    }

    public ProgramView get(long id) {
        CurrentUser me = access.require();
        var scope = ProgramAccess.visible(me);
        var params = new HashMap<String, Object>(scope.params());
        params.put("id", id);
        return query(" WHERE p.id = :id AND " + scope.sql(), params, me).stream().findFirst()
                .orElseThrow(() -> new NotFound("program", id));
    }

    public List<ProgramView> list() {
        CurrentUser me = access.require();
        var scope = ProgramAccess.visible(me);
        return query(" WHERE " + scope.sql() + " ORDER BY p.status, p.starts_on DESC, p.id LIMIT 200", scope.params(), me);
    }

    /** The programs, then the stages and partners of all of them in one query each: three queries for any number. */
    private List<ProgramView> query(String whereAndOrder, Map<String, Object> params, CurrentUser me) {
        var rows = jdbc.sql(SELECT + whereAndOrder).params(params).query((rs, i) -> map(rs, me)).list();
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(ProgramView::id).toArray(Long[]::new);
        var stages = new HashMap<Long, List<ProgramView.StageView>>();
        jdbc.sql("SELECT * FROM program_stage WHERE program_id = ANY(:ids) ORDER BY program_id, position").param("ids", ids)
                .query((r, i) -> stages.computeIfAbsent(r.getLong("program_id"), k -> new ArrayList<>())
                        .add(new ProgramView.StageView(r.getInt("position"), r.getString("name"), r.getInt("duration_days"),
                                r.getObject("visit_interval_days", Integer.class)))).list();
        var partners = new HashMap<Long, List<ProgramView.PartnerView>>();
        jdbc.sql("""
                        SELECT pp.*, a.name AS agency_name FROM program_partner pp JOIN identity_agency a ON a.id = pp.agency_id
                        WHERE pp.program_id = ANY(:ids) ORDER BY pp.program_id, a.name""").param("ids", ids)
                .query((r, i) -> partners.computeIfAbsent(r.getLong("program_id"), k -> new ArrayList<>())
                        .add(new ProgramView.PartnerView(r.getLong("agency_id"), r.getString("agency_name"), r.getString("role"),
                                r.getString("mou_number"), r.getObject("mou_signed_on", LocalDate.class), r.getString("mou_scope"),
                                r.getObject("mou_expires_on", LocalDate.class)))).list();
        return rows.stream().map(v -> new ProgramView(v.id(), v.agencyId(), v.agencyName(), v.name(), v.description(), v.regionCodes(),
                v.regionLabels(), v.startsOn(), v.capacity(), v.targetPermits(), v.facilitation(), v.caseloadCap(), v.eligibleSectors(),
                v.eligibleScales(), v.status(), stages.getOrDefault(v.id(), List.of()), partners.getOrDefault(v.id(), List.of()),
                v.enrolled(), v.manageable(), v.version())).toList();
    }

    private static final String SELECT = """
            SELECT p.*, a.name AS agency_name,
                (SELECT count(*) FROM enrollment e WHERE e.program_id = p.id AND e.status NOT IN ('APPLIED', 'DECLINED', 'WITHDRAWN')) AS enrolled
            FROM program p JOIN identity_agency a ON a.id = p.agency_id""";

    private void check(ProgramData data, CurrentUser me) {
        var problems = new InvalidInput.Collector().check(data);
        if (data.name() == null || data.name().isBlank()) {
            problems.add("name", "field.required");
        }
        if (data.regionCodes() == null || data.regionCodes().isEmpty()) {
            problems.add("regionCodes", "programs.regions.required");
        } else {
            for (String code : data.regionCodes()) {
                if (!regions.exists(code)) {
                    problems.add("regionCodes", "region.unknown", code);
                } else if (!me.jurisdiction().covers(code)) {
                    problems.add("regionCodes", "programs.regions.outside", code);
                }
            }
        }
        if (data.startsOn() == null) {
            problems.add("startsOn", "field.required");
        }
        if (data.facilitation() == null) {
            problems.add("facilitation", "field.required");
        } else if (data.facilitation() == Facilitation.CASELOAD && (data.caseloadCap() == null || data.caseloadCap() < 1)) {
            problems.add("caseloadCap", "programs.cap.required");
        }
        if (data.capacity() != null && data.capacity() < 1) {
            problems.add("capacity", "programs.capacity.positive");
        }
        if (data.stages() == null || data.stages().isEmpty()) {
            problems.add("stages", "programs.stages.required");
        } else {
            for (var stage : data.stages()) {
                if (stage.name() == null || stage.name().isBlank() || stage.durationDays() < 1
                        || stage.visitIntervalDays() != null && (stage.visitIntervalDays() < 1 || stage.visitIntervalDays() > stage.durationDays())) {
                    problems.add("stages", "programs.stages.invalid", stage.name() == null ? "" : stage.name());
                }
            }
        }
        var partners = new java.util.HashSet<Long>();
        for (var partner : data.partners() == null ? List.<ProgramData.Partner>of() : data.partners()) {
            if (agencies.find(partner.agencyId()).isEmpty()) {
                problems.add("partners", "programs.partner.unknown", partner.agencyId());
            } else if (!partners.add(partner.agencyId())) {
                problems.add("partners", "input.duplicate", InvalidInput.label("partners"));
            }
        }
        problems.throwIfAny();
    }

    private Map<String, Object> params(ProgramData d, CurrentUser me) {
        var p = new LinkedHashMap<String, Object>();
        p.put("agency", me.agencyId());
        p.put("name", d.name().trim());
        p.put("description", d.description());
        p.put("regions", d.regionCodes().toArray(String[]::new));
        p.put("region", d.regionCodes().get(0));
        p.put("starts", d.startsOn());
        p.put("capacity", d.capacity());
        p.put("targets", names(d.targetPermits()));
        p.put("facilitation", d.facilitation().name());
        p.put("cap", d.facilitation() == Facilitation.ONE_TO_ONE ? 1 : d.caseloadCap());
        p.put("sectors", names(d.eligibleSectors()));
        p.put("scales", names(d.eligibleScales()));
        p.put("me", me.username());
        return p;
    }

    private void writeStagesAndPartners(long id, ProgramData data) {
        int position = 1;
        for (var stage : data.stages()) {
            jdbc.sql("INSERT INTO program_stage (program_id, position, name, duration_days, visit_interval_days) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, stage.name().trim(), stage.durationDays(), stage.visitIntervalDays()).update();
        }
        for (var partner : data.partners() == null ? List.<ProgramData.Partner>of() : data.partners()) {
            jdbc.sql("""
                            INSERT INTO program_partner (program_id, agency_id, role, mou_number, mou_signed_on, mou_scope, mou_expires_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (program_id, agency_id) DO UPDATE SET role = excluded.role, mou_number = excluded.mou_number,
                                mou_signed_on = excluded.mou_signed_on, mou_scope = excluded.mou_scope, mou_expires_on = excluded.mou_expires_on,
                                version = program_partner.version + 1""")
                    .params(id, partner.agencyId(), partner.role(), partner.mouNumber(), partner.mouSignedOn(), partner.mouScope(),
                            partner.mouExpiresOn())
                    .update();
        }
    }

    /** The program's own row; {@link #query} adds its stages and partners. */
    private ProgramView map(ResultSet rs, CurrentUser me) throws SQLException {
        var codes = strings(rs.getArray("region_codes"));
        return new ProgramView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("name"),
                rs.getString("description"), codes, codes.stream().map(regions::label).toList(),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("capacity", Integer.class),
                enums(PermitType.class, rs.getArray("target_permits"), PermitType::valueOf),
                Facilitation.valueOf(rs.getString("facilitation")), rs.getInt("caseload_cap"),
                enums(Sector.class, rs.getArray("eligible_sectors"), Sector::valueOf),
                enums(BusinessScale.class, rs.getArray("eligible_scales"), BusinessScale::valueOf),
                rs.getString("status"), List.of(), List.of(), rs.getInt("enrolled"), ProgramAccess.manages(me, rs.getString("region_code")),
                rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array, Function<String, E> parse) throws SQLException {
        Set<E> set = EnumSet.noneOf(type);
        strings(array).forEach(value -> set.add(parse.apply(value)));
        return set;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
