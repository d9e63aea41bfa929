package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.time.LocalDate;

record CaseRow(long id, long businessId, String businessName, String productName, PermitType permit, Route route,
                      String templateCode, CaseStatus status, String currentStep, LocalDate stepDueOn, boolean overdue) {
}
