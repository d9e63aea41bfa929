package id.naikkelas.certification;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Holidays;
import id.naikkelas.registry.Businesses;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case follows the product's facts until its application is filed: the halal route a case was opened on
 * (self-declare or regular) is what the rules said that day. When the product changes before the filing step
 * (the template's {@code filing} step) is done, the rules are asked again and, if they now lead to the other
 * route, the owner or officer is offered the switch. After filing the route stays: the authority has the file.
 * The registry publishes no event when a product changes, so the offer is worked out when the case is read.
 */
@Service
class RouteReview {

    private final JdbcClient jdbc;
    private final Access access;
    private final Businesses businesses;
    private final PathwayTemplates templates;
    private final ProductAdvice advice;
    private final Holidays holidays;
    private final AuditTrail audit;
    private final Today today;

    RouteReview(JdbcClient jdbc, Access access, Businesses businesses, PathwayTemplates templates, ProductAdvice advice,
                Holidays holidays, AuditTrail audit, Today today) {
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.businesses = businesses;
        this.templates = templates;
        this.advice = advice;
        this.holidays = holidays;
        this.audit = audit;
    }

    /** The route the product's facts lead to now, when it differs from the case's and the case is not yet filed. */
    Optional<CaseView.RouteOffer> offer(Stored stored) {
        if (stored.route() == null || stored.productId() == null || stored.status() != CaseStatus.OPEN || filed(stored)) {
            return Optional.empty();
        }
        Optional<Requirement> now;
        try {
            now = advice.about(stored.productId(), stored.permit());
        } catch (NotFound withdrawn) {
            // a withdrawn product has no facts to follow; its case still shows
            return Optional.empty();
        }
        return now
                .filter(requirement -> requirement.outcome().isPursued() && requirement.route() != null
                        && requirement.route() != stored.route())
                .filter(requirement -> templates.forPermit(stored.permit(), requirement.route()).isPresent())
                .map(requirement -> new CaseView.RouteOffer(requirement.route(), requirement.reasonId(), requirement.reasonEn(),
                        requirement.failedCriteria()));
    }

    List<CaseView.RouteChangeView> changes(long caseId) {
        return jdbc.sql("SELECT * FROM case_route_change WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseView.RouteChangeView(Route.valueOf(rs.getString("from_route")),
                        Route.valueOf(rs.getString("to_route")), rs.getString("from_step"), rs.getString("to_step"),
                        rs.getString("changed_by"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /**
     * Moves the case to the offered route's template. Steps already done under the old route and present in the
     * new one (e.g. the SIHALAL account) stay done; the case continues at the first step of the new route not yet
     * done. A stale version (someone else moved the case meanwhile) is refused.
     */
    @Transactional
    void switchTo(long caseId, Route route, int version) {
        var stored = jdbc.sql("SELECT * FROM certification_case WHERE id = ? FOR UPDATE").param(caseId).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("case", caseId));
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        if (Cases.actingRoleOrNull(me, business, Actor.OWNER).isEmpty()) {
            throw new AccessDeniedException("cannot change this case's route");
        }
        if (route == null) {
            throw InvalidInput.of("route", "field.required");
        }
        if (stored.version() != version) {
            throw new EditConflict("case", caseId);
        }
        if (stored.route() != null && filed(stored)) {
            throw InvalidInput.of("route", "certification.route.filed");
        }
        var offered = offer(stored).map(CaseView.RouteOffer::route);
        if (offered.isEmpty() || offered.get() != route) {
            throw InvalidInput.of("route", "certification.route.notOffered");
        }
        var target = templates.forPermit(stored.permit(), route).orElseThrow();
        Set<String> done = done(caseId);
        var next = target.steps().stream().filter(step -> !step.optional() && !done.contains(step.code())).findFirst()
                .orElse(target.steps().get(0));
        LocalDate today = this.today.date();
        LocalDate due = next.sla() == null ? null : next.sla().dueDate(today, new WorkingDays(holidays.dates()));
        jdbc.sql("""
                        UPDATE certification_case SET route = ?, template_code = ?, template_version = ?, current_step = ?,
                            step_started_on = ?, step_due_on = ?, version = version + 1 WHERE id = ?""")
                .params(route.name(), target.code(), target.version(), next.code(), today, due, caseId).update();
        jdbc.sql("""
                        INSERT INTO case_route_change (case_id, from_route, to_route, from_template, to_template, from_step, to_step, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, stored.route().name(), route.name(), stored.templateCode(), target.code(), stored.currentStep(),
                        next.code(), me.username())
                .update();
        var before = new LinkedHashMap<String, Object>();
        before.put("route", stored.route());
        before.put("template", stored.templateCode());
        before.put("step", stored.currentStep());
        var after = new LinkedHashMap<String, Object>();
        after.put("route", route);
        after.put("template", target.code());
        after.put("step", next.code());
        audit.action("case", caseId, "ROUTE_CHANGE", stored.regionCode(), before, after);
    }

    /** Whether the case's filing step is done: the application is with the authority. */
    private boolean filed(Stored stored) {
        var template = templates.byCode(stored.templateCode()).orElseThrow();
        var filing = template.filingStep();
        if (filing.isEmpty()) {
            return false;
        }
        return done(stored.id()).contains(filing.get().code()) || stored.status() != CaseStatus.OPEN;
    }

    private Set<String> done(long caseId) {
        return new HashSet<>(jdbc.sql("SELECT from_step FROM case_transition WHERE case_id = ?").param(caseId).query(String.class).list());
    }
}
