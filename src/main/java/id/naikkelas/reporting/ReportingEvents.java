package id.naikkelas.reporting;

import id.naikkelas.assessment.InspectionFinished;
import id.naikkelas.market.BuyerChanged;
import id.naikkelas.programs.EnrollmentsChanged;
import id.naikkelas.registry.BusinessMergeUndone;
import id.naikkelas.registry.BusinessMoved;
import id.naikkelas.registry.BusinessesMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks the districts the modules' events touch, so the next refresh recomputes them even where no row timestamp
 * changed (a merge moves a business's enrolments and cases to another business, maybe in another district).
 */
@Component
class ReportingEvents {

    private final JdbcClient jdbc;
    private final ReportingRefresh refresh;

    ReportingEvents(JdbcClient jdbc, ReportingRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    @ApplicationModuleListener
    void on(InspectionFinished event) {
        markBusinesses(event.businessId());
    }

    @ApplicationModuleListener
    void on(BusinessesMerged event) {
        markBusinesses(event.survivorId(), event.absorbedId());
    }

    @ApplicationModuleListener
    void on(BusinessMergeUndone event) {
        markBusinesses(event.survivorId(), event.absorbedId());
    }

    /** The district it left no longer holds it; the one it moved to is seen by its row's new timestamp, and marked here too. */
    @ApplicationModuleListener
    void on(BusinessMoved event) {
        refresh.mark(event.fromRegion());
        refresh.mark(event.toRegion());
    }

    /** An enrolment's status, stage or facilitator leaves no timestamp: recount its district now, not at night. */
    @ApplicationModuleListener
    void on(EnrollmentsChanged event) {
        if (event.enrollmentIds().isEmpty()) {
            return;
        }
        jdbc.sql("SELECT DISTINCT region_code FROM programs_enrollment_status WHERE id IN (:ids)")
                .param("ids", event.enrollmentIds()).query(String.class).list()
                .forEach(refresh::mark);
    }

    /** A buyer verified, or changed and so no longer verified, perhaps in another region: both regions recount. */
    @ApplicationModuleListener
    void on(BuyerChanged event) {
        refresh.mark(event.fromRegion());
        refresh.mark(event.toRegion());
    }

    private void markBusinesses(Long... ids) {
        jdbc.sql("SELECT region_code FROM registry_business_activity WHERE id IN (:ids)")
                .param("ids", java.util.List.of(ids)).query(String.class).list()
                .forEach(refresh::mark);
    }
}
