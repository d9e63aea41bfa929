package id.naikkelas.certification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The where-to-apply and cost data next to the rules: complete for what the rules can ask for, and checked on load. */
class PermitGuideTest {

    private final PermitGuide guide = PermitGuide.loadDefault();

    @Test
    void everyPermitARuleCanAskForAndEveryPrerequisiteSaysWhereAndWhatItCosts() {
        var rules = RequirementRules.loadDefault();
        rules.rules().forEach(rule -> rule.decides().forEach((permit, outcome) -> {
            if (outcome.isPursued()) {
                assertThat(guide.find(permit.name())).as("permit-guide.yml entry for %s (rule %s)", permit, rule.id()).isPresent();
            }
        }));
        rules.prerequisites().forEach(p -> assertThat(guide.find(p.prerequisite().id())).as("entry for %s", p.prerequisite().id()).isPresent());
        assertThat(guide.all()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Test
    void theOrderIsNibThenTrainingThenTheMarketingPermitThenHalalSniAndTrademark() {
        assertThat(new int[] {guide.order("nib"), guide.order("PKP"), guide.order("PIRT"), guide.order("HALAL"),
                guide.order("SNI"), guide.order("TRADEMARK")}).isSorted();
        assertThat(guide.order("PIRT")).isEqualTo(guide.order("BPOM_MD"));
        assertThat(guide.find("PIRT").orElseThrow().needs()).contains("PKP");
    }

    @Test
    void aBrokenFileIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> PermitGuide.parse("""
                entries:
                  - {key: PERMIT_X, order: 1, where_id: a, where_en: a, cost_id: b, cost_en: b, source: c, confirmed: true}
                """)).hasMessageContaining("PERMIT_X");
        assertThatThrownBy(() -> PermitGuide.parse("""
                entries:
                  - {key: PIRT, order: 1, needs: [PKP], where_id: a, where_en: a, cost_id: b, cost_en: b, source: c, confirmed: true}
                """)).hasMessageContaining("needs 'PKP'");
        assertThatThrownBy(() -> PermitGuide.parse("""
                entries:
                  - {key: SNI, order: 1, where_id: a, where_en: a, cost_id: b, cost_en: b, confirmed: true}
                """)).hasMessageContaining("source");
    }
}
