/**
 * Assessment: inspections and readiness checks of a business against a checklist, with
 * deviations classed minor/major/serious/critical (Perka BPOM HK.03.1.23.04.12.2207/2012 for
 * CPPB-IRT), and the corrective actions they raise.
 * <p>
 * The domain core is pure: checklists and the IRTP level rule are data ({@code assessment/checklists/*.yml},
 * {@code assessment/level-rules.yml}) read by {@link id.naikkelas.assessment.ChecklistTemplates} and
 * {@link id.naikkelas.assessment.LevelRule}; {@link id.naikkelas.assessment.InspectionScoring} turns one set of
 * answers into counts, a level and a compliance score.
 * <p>
 * Around it: {@link id.naikkelas.assessment.AssessmentDefinitions} keeps the published (immutable)
 * versions in the database, {@link id.naikkelas.assessment.Inspections} records drafts answer by
 * answer, finishes them into a stored PDF report and announces
 * {@link id.naikkelas.assessment.InspectionFinished}, and {@link id.naikkelas.assessment.CorrectiveActions}
 * follows each deviation to its closing re-inspection. Access follows the registry: whoever may not
 * see the business sees none of this.
 * <p>
 * Owns tables: assessment_definition, inspection, inspection_answer, inspection_photo, corrective_action.
 * Publishes views (read-only, for other modules): assessment_inspection_result, assessment_action_status, assessment_open_action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package id.naikkelas.assessment;
