package id.naikkelas.assessment;

import id.naikkelas.identity.Accounts;
import id.naikkelas.registry.Businesses;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For other modules' tests: a business whose finished inspection left open corrective actions (the real way). */
public final class OpenActions {

    private OpenActions() {
    }

    /** A new owner's home kitchen in Palangka Raya, inspected at level II by its facilitator; returns the business id. */
    public static long kitchenWithOpenActions(Accounts accounts, Businesses businesses, JdbcClient jdbc, Inspections inspections, String name) {
        var kitchen = AssessmentFixtures.kitchen(accounts, businesses, jdbc, name);
        AssessmentFixtures.finishedCppbIrt(inspections, kitchen.businessId(), null, AssessmentFixtures.LEVEL_TWO);
        return kitchen.businessId();
    }
}
