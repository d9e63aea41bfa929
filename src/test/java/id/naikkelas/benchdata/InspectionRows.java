package id.naikkelas.benchdata;

import id.naikkelas.assessment.DeviationCounts;
import id.naikkelas.assessment.LevelRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * CPPB-IRT inspections of food businesses by their province's officer, most finished with the
 * deviation counts and the level the application's level table (level-rules.yml) gives them, some
 * still drafts (at most one open draft per business and inspector, as the schema wants). The score
 * stands in for the share of checklist items met; answers, photos and corrective actions are not
 * generated.
 */
final class InspectionRows {

    static final String TEMPLATE = "cppb-irt";
    private static final int CHECKLIST_ITEMS = 40;

    private InspectionRows() {
    }

    static long write(World w, Connection connection, int count) throws SQLException {
        var rule = LevelRule.loadDefault();
        int templateVersion = publishedVersion(connection);
        var registry = w.registry();
        var withDraft = new BitSet(registry.businesses);
        try (var copy = new CopyRows(connection, "inspection", "id, business_id, region_code, template_code, template_version, "
                + "level_rule_code, level_rule_version, inspector, inspector_name, inspected_on, status, minor_count, major_count, "
                + "serious_count, critical_count, score, level_code, level_rank, level_count, finished_at, finished_by, created_at, "
                + "updated_at, version")) {
            for (int j = 0; j < count; j++) {
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.INSPECTION, j);
                int business = r.nextInt(registry.businesses);
                for (int tries = 0; tries < 5 && !inspectable(registry, business); tries++) {
                    business = r.nextInt(registry.businesses);
                }
                int p = w.provinceOfBusiness(business);
                LocalDate on = BusinessRows.min(w.businessCreated(business).plusDays(r.nextInt(900)), w.asOf());
                boolean draft = Rng.chance(r, 0.07) && !withDraft.get(business);
                copy.num(w.ids().of("inspection", j)).num(w.ids().of("business", business)).text(w.regionOfBusiness(business))
                        .text(TEMPLATE).num(templateVersion).text(rule.code()).num(rule.version()).text(w.staff().officer(p))
                        .text(w.staff().officerName(p)).date(on);
                var created = World.at(on, 9, 0);
                if (draft) {
                    withDraft.set(business);
                    copy.text("DRAFT").text(null).text(null).text(null).text(null).text(null).text(null).text(null).text(null)
                            .text(null).text(null).time(created).time(created).num(0);
                } else {
                    var counts = new DeviationCounts(r.nextInt(6), Rng.chance(r, 0.5) ? 0 : r.nextInt(4),
                            Rng.chance(r, 0.85) ? 0 : 1 + r.nextInt(3), Rng.chance(r, 0.95) ? 0 : 1);
                    var level = rule.classify(counts);
                    int deviations = counts.minor() + counts.major() + counts.serious() + counts.critical();
                    var score = BigDecimal.valueOf(100.0 * (CHECKLIST_ITEMS - deviations) / CHECKLIST_ITEMS).setScale(2, RoundingMode.HALF_UP);
                    var finished = World.at(on, 14, 0);
                    copy.text("FINISHED").num(counts.minor()).num(counts.major()).num(counts.serious()).num(counts.critical())
                            .text(score.toPlainString()).text(level.code()).num(level.rank()).num(rule.levels().size()).time(finished)
                            .text(w.staff().officer(p)).time(created).time(finished).num(1);
                }
                copy.endRow();
            }
            return copy.finish();
        }
    }

    private static boolean inspectable(RegistryPlan registry, int business) {
        return registry.status[business] != RegistryPlan.INACTIVE && registry.sector[business] <= 1;
    }

    /** The checklist version the application published (BundledDefinitions), or 1 on a database it has not started on. */
    private static int publishedVersion(Connection connection) throws SQLException {
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT max(version) FROM assessment_definition WHERE kind = 'CHECKLIST' AND code = '" + TEMPLATE + "'")) {
            rs.next();
            int version = rs.getInt(1);
            return version == 0 ? 1 : version;
        }
    }
}
