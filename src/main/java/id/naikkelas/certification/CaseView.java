package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;
import id.naikkelas.training.OpenTrainings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A certification case as its page and the API show it.
 *
 * @param voluntary    started although the rules did not require the permit (recommended, exempt or not applicable)
 * @param personRole   for a person's credential (BNSP): OWNER or WORKER of the business; null for a product's case
 * @param inspectionId the finished inspection the level was taken from; null when typed in (or none yet)
 * @param routeOffer   before filing, the halal route the product's current facts lead to when it differs from the case's
 * @param routeChanges routes switched before filing, oldest first
 * @param regionCode   the business's region, whose clock the case's times are shown on
 */
public record CaseView(
        long id, long businessId, String businessName, Long productId, String productName, String personName,
        PermitType permit, Route route, PathwayTemplate template, CaseStatus status, String currentStep,
        LocalDate stepDueOn, boolean overdue, Integer inspectionLevel, String facilitator, String permitNumber,
        String openedBy, OffsetDateTime openedAt, List<StepView> steps, List<DocumentView> documents,
        List<CommentView> comments, List<TransitionView> transitions, Permissions permissions, int version,
        boolean voluntary, String personRole, Long inspectionId, RouteOffer routeOffer, List<RouteChangeView> routeChanges,
        String regionCode) {

    public enum StepState { DONE, SKIPPED, CURRENT, UPCOMING }

    /** @param trainings for the current step, open trainings in the business's region whose certificate the step needs */
    public record StepView(PathwayStep step, StepState state, LocalDate dueOn, boolean overdue, String reference,
                           List<RequiredDocument> documents, List<GuardFailure> blockers, List<OpenTrainings.OpenTraining> trainings) {
    }

    /** The route the product's facts lead to now, why, and the self-declare criteria that fail (for regular). */
    public record RouteOffer(Route route, String reasonId, String reasonEn, List<Criterion> failedCriteria) {
    }

    public record RouteChangeView(Route fromRoute, Route toRoute, String fromStep, String toStep, String changedBy,
                                  OffsetDateTime at) {
    }

    public record RequiredDocument(DocumentType type, boolean uploaded) {
    }

    public record DocumentView(long id, DocumentType type, String fileName, int sizeBytes, String uploadedBy, boolean onBehalf,
                               OffsetDateTime uploadedAt) {
    }

    public record CommentView(String author, String body, OffsetDateTime at) {
    }

    public record TransitionView(String fromStep, String toStep, List<String> skipped, String actor, String actorRole,
                                 boolean onBehalf, String note, OffsetDateTime at) {
    }

    /** What the viewer may do now; {@code actOnCurrent} also tells whether it would be on the owner's behalf. */
    public record Permissions(boolean actOnCurrent, boolean onBehalf, boolean upload, boolean comment, boolean switchRoute) {
    }

    public StepView current() {
        return steps.stream().filter(s -> s.state() == StepState.CURRENT).findFirst().orElse(null);
    }

    public String stepTitle(String code, boolean english) {
        return template.step(code).map(step -> english ? step.titleEn() : step.titleId()).orElse(code);
    }

    /** The step that ends the case: completing it needs the issued permit number. */
    public boolean currentIsLast() {
        return !steps.isEmpty() && steps.get(steps.size() - 1).state() == StepState.CURRENT;
    }
}
