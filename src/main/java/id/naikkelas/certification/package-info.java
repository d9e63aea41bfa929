/**
 * Certification pathways: which permits each product needs and why. The rules are data
 * ({@code certification/requirement-rules.yml}) read by a small engine,
 * {@link id.naikkelas.certification.RequirementEngine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package id.naikkelas.certification;
