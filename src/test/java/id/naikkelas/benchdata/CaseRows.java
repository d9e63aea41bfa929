package id.naikkelas.benchdata;

import id.naikkelas.certification.Actor;
import id.naikkelas.registry.PermitType;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Certification cases and their step history (case_transition), as {@code Cases.open} and
 * {@code Cases.complete} write them: one row per step done, with the optional steps passed over;
 * the version counts the steps done. Generated owners have no accounts, so an owner's steps are
 * recorded as done by the province's officer on the owner's behalf, as officer-assisted filing is.
 */
final class CaseRows {

    private CaseRows() {
    }

    static long writeCases(World w, Connection connection) throws SQLException {
        var registry = w.registry();
        try (var copy = new CopyRows(connection, "certification_case", "id, business_id, product_id, region_code, permit_type, route, "
                + "template_code, template_version, status, current_step, step_started_on, step_due_on, inspection_level, facilitator, "
                + "permit_number, opened_by, opened_at, closed_at, version")) {
            for (int k = 0; k < registry.products(); k++) {
                int business = registry.productBusiness[k];
                for (int c = registry.caseStart[k]; c < registry.caseStart[k + 1]; c++) {
                    var type = PermitType.values()[registry.caseType[c]];
                    var f = CaseFacts.of(w, c, type);
                    var t = f.template();
                    copy.num(w.ids().of("certification_case", c)).num(w.ids().of("business", business)).num(w.ids().of("product", k))
                            .text(w.regionOfBusiness(business)).text(type.name()).text(t.route() == null ? null : t.route().name())
                            .text(t.code()).text(t.version()).text(f.completed() ? "COMPLETED" : "OPEN")
                            .text(f.completed() ? null : t.steps().get(f.current()).code()).date(f.stepStarted()).date(f.stepDue())
                            .num(f.inspectionLevel()).text(f.facilitator())
                            .text(f.completed() ? PermitRows.number(w, type, c, k, f.closed()) : null)
                            .text(w.officerOfBusiness(business)).time(World.at(f.opened(), 9, 0))
                            .time(f.completed() ? World.at(f.closed(), 15, 0) : null).num(f.version());
                    copy.endRow();
                }
            }
            return copy.finish();
        }
    }

    static long writeTransitions(World w, Connection connection) throws SQLException {
        var registry = w.registry();
        long id = 0;
        try (var copy = new CopyRows(connection, "case_transition", "id, case_id, from_step, to_step, skipped, actor, actor_role, on_behalf, at")) {
            for (int k = 0; k < registry.products(); k++) {
                String officer = w.officerOfBusiness(registry.productBusiness[k]);
                for (int c = registry.caseStart[k]; c < registry.caseStart[k + 1]; c++) {
                    var f = CaseFacts.of(w, c, PermitType.values()[registry.caseType[c]]);
                    var steps = f.template().steps();
                    for (int t = 0; t < f.done(); t++) {
                        var step = steps.get(f.path()[t]);
                        copy.num(w.ids().of("case_transition", id++)).num(w.ids().of("certification_case", c)).text(step.code())
                                .text(t + 1 < f.path().length ? steps.get(f.path()[t + 1]).code() : null).array(f.skippedAfter(t))
                                .text(officer).text("OFFICER").bool(step.actor() == Actor.OWNER).time(World.at(f.doneOn()[t], 10, 30));
                        copy.endRow();
                    }
                }
            }
            return copy.finish();
        }
    }
}
