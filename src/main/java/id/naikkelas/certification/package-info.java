/**
 * Certification pathways: which permits each product needs and why (rules as data in
 * {@code certification/requirement-rules.yml}, read by {@link id.naikkelas.certification.RequirementEngine}),
 * and the steps to obtain each permit (templates in {@code certification/pathways/}, with guards
 * checked by {@link id.naikkelas.certification.Guards} and service levels counted in
 * {@link id.naikkelas.certification.WorkingDays}).
 * <p>
 * Owns tables: certification_case, case_transition, case_reference, case_document, case_comment, case_route_change.
 * Publishes views (read-only, for other modules): certification_case_business, certification_case_outcome, certification_case_step, certification_open_step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package id.naikkelas.certification;
