package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case row as stored, before access checks. */
record Stored(long id, long businessId, Long productId, String personName, String regionCode, PermitType permit, Route route,
              String templateCode, CaseStatus status, String currentStep, LocalDate stepStartedOn, LocalDate stepDueOn,
              Integer inspectionLevel, String facilitator, String permitNumber, String openedBy, OffsetDateTime openedAt,
              int version, boolean voluntary, Long inspectionId, String personRole) {

    /** The case as a step leaves it once it recorded an inspection level (written with the step's move). */
    Stored withInspectionLevel(Integer level) {
        return new Stored(id, businessId, productId, personName, regionCode, permit, route, templateCode, status, currentStep,
                stepStartedOn, stepDueOn, level, facilitator, permitNumber, openedBy, openedAt, version, voluntary, inspectionId,
                personRole);
    }

    /** The case as a step leaves it once it recorded its facilitator (written with the step's move). */
    Stored withFacilitator(String name) {
        return new Stored(id, businessId, productId, personName, regionCode, permit, route, templateCode, status, currentStep,
                stepStartedOn, stepDueOn, inspectionLevel, name, permitNumber, openedBy, openedAt, version, voluntary, inspectionId,
                personRole);
    }

    static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("business_id"), rs.getObject("product_id", Long.class),
                rs.getString("person_name"), rs.getString("region_code"), PermitType.valueOf(rs.getString("permit_type")),
                rs.getString("route") == null ? null : Route.valueOf(rs.getString("route")), rs.getString("template_code"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("current_step"),
                rs.getObject("step_started_on", LocalDate.class), rs.getObject("step_due_on", LocalDate.class),
                rs.getObject("inspection_level", Integer.class), rs.getString("facilitator"), rs.getString("permit_number"),
                rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getBoolean("voluntary"), rs.getObject("inspection_id", Long.class), rs.getString("person_role"));
    }
}
