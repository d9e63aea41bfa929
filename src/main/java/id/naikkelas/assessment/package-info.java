/**
 * Assessment: inspections and readiness checks of a business against a checklist, with
 * deviations classed minor/major/serious/critical (Perka BPOM HK.03.1.23.04.12.2207/2012 for
 * CPPB-IRT). Checklists and the IRTP level rule are data ({@code assessment/checklists/*.yml},
 * {@code assessment/level-rules.yml}) read by {@link id.naikkelas.assessment.ChecklistTemplates}
 * and {@link id.naikkelas.assessment.LevelRule}; {@link id.naikkelas.assessment.InspectionScoring}
 * turns one set of answers into counts, a level and a compliance score. Pure domain: no storage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package id.naikkelas.assessment;
