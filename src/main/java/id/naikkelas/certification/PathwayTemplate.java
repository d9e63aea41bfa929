package id.naikkelas.certification;

import id.naikkelas.registry.PermitType;

import java.util.List;
import java.util.Optional;

/**
 * The ordered steps to one permit, loaded from {@code certification/pathways/*.yml} by
 * {@link PathwayTemplates}. A case copies the code and version it was started with, so a later
 * edit of the file does not change a running case's meaning.
 *
 * @param route   for {@link PermitType#HALAL} the route this template is for; null otherwise
 * @param windows time limits that span several steps
 */
public record PathwayTemplate(
        String code,
        String version,
        PermitType permit,
        Route route,
        Subject subject,
        String titleId,
        String titleEn,
        String legalBasis,
        List<PathwayStep> steps,
        List<Window> windows) {

    /** What the permit is held for: a product (and its business), or a person's competence (BNSP). */
    public enum Subject { PRODUCT, PERSON }

    /**
     * A limit across steps: the clock starts on the day {@code fromStep} is done, and
     * {@code untilStep} must be done by {@code sla.dueDate(thatDay, calendar)}. Example: the P-IRT
     * commitment to finish training, inspection and label within 3 months of applying in OSS.
     */
    public record Window(String code, String titleId, String titleEn, String fromStep, String untilStep,
                         Sla sla, boolean unconfirmed, String legalBasis) {
    }

    public PathwayTemplate {
        steps = List.copyOf(steps);
        windows = List.copyOf(windows);
    }

    /** The step that files the application with the authority, if the template marks one. */
    public Optional<PathwayStep> filingStep() {
        return steps.stream().filter(PathwayStep::filing).findFirst();
    }

    public Optional<PathwayStep> step(String stepCode) {
        return steps.stream().filter(step -> step.code().equals(stepCode)).findFirst();
    }
}
