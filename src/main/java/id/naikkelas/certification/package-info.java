/**
 * Certification pathways: which permits each product needs and why (rules as data in
 * {@code certification/requirement-rules.yml}, read by {@link id.naikkelas.certification.RequirementEngine}),
 * and the steps to obtain each permit (templates in {@code certification/pathways/}, with guards
 * checked by {@link id.naikkelas.certification.Guards} and service levels counted in
 * {@link id.naikkelas.certification.WorkingDays}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package id.naikkelas.certification;
