package id.naikkelas.certification;

import id.naikkelas.common.Labels;
import id.naikkelas.registry.BusinessScale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a step's guards against what a case knows, so the platform can refuse to mark a step
 * done and tell the owner in plain words what is still missing.
 */
final class Guards {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The word joining allowed scales: "mikro atau kecil". */
    private static final String SCALE_OR = "certification.scale.or";

    private Guards() {
    }

    /** The guards of {@code step} that do not hold, in the template's order; empty when the step may be done. */
    public static List<GuardFailure> check(PathwayStep step, GuardContext context) {
        List<GuardFailure> failures = new ArrayList<>();
        for (Guard guard : step.guards()) {
            failure(guard, step, context).ifPresent(failures::add);
        }
        return List.copyOf(failures);
    }

    private static Optional<GuardFailure> failure(Guard guard, PathwayStep step, GuardContext context) {
        return switch (guard.type()) {
            case NIB_PRESENT -> context.nibPresent() ? Optional.empty()
                    : fail(guard, "certification.guard.nibMissing");
            case DOCUMENT_PRESENT -> context.documents().contains(guard.document().code()) ? Optional.empty()
                    : fail(guard, "certification.guard.documentMissing",
                            locale -> List.of(documentLabel(locale, guard.document())));
            case INSPECTION_RECORDED -> context.inspectionLevel() != null ? Optional.empty()
                    : fail(guard, "certification.guard.inspectionMissing");
            case INSPECTION_LEVEL_AT_MOST -> inspectionLevel(guard, context.inspectionLevel());
            case BUSINESS_SCALE_IN -> businessScale(guard, context.scale());
            case EXTERNAL_REFERENCE_RECORDED -> context.externalReferences().contains(step.code()) ? Optional.empty()
                    : externalReferenceMissing(guard, step.externalSystem());
            case FACILITATOR_ASSIGNED -> context.facilitatorAssigned() ? Optional.empty()
                    : fail(guard, "certification.guard.facilitatorMissing");
        };
    }

    /** No inspection at all is its own message: the owner must ask for one, not fix findings. */
    private static Optional<GuardFailure> inspectionLevel(Guard guard, Integer level) {
        if (level == null) {
            return fail(guard, "certification.guard.inspectionMissing");
        }
        if (level <= guard.maxInspectionLevel()) {
            return Optional.empty();
        }
        List<Object> args = List.of(Guard.INSPECTION_LEVELS.get(level - 1),
                Guard.INSPECTION_LEVELS.get(guard.maxInspectionLevel() - 1));
        return fail(guard, "certification.guard.inspectionLevelTooHigh", locale -> args);
    }

    private static Optional<GuardFailure> businessScale(Guard guard, BusinessScale scale) {
        if (scale != null && guard.scales().contains(scale)) {
            return Optional.empty();
        }
        Function<Locale, String> allowed = locale -> Arrays.stream(BusinessScale.values())
                .filter(guard.scales()::contains)
                .map(allowedScale -> scaleLabel(locale, allowedScale))
                .collect(Collectors.joining(" " + CertificationMessages.label(locale, SCALE_OR) + " "));
        return scale == null
                ? fail(guard, "certification.guard.scaleUnknown", locale -> List.of(allowed.apply(locale)))
                : fail(guard, "certification.guard.scaleNotAllowed",
                        locale -> List.of(allowed.apply(locale), scaleLabel(locale, scale)));
    }

    private static Optional<GuardFailure> externalReferenceMissing(Guard guard, ExternalSystem system) {
        return system == ExternalSystem.NONE
                ? fail(guard, "certification.guard.referenceMissing")
                : fail(guard, "certification.guard.externalReferenceMissing",
                        locale -> List.of(CertificationMessages.label(locale, Labels.key(system))));
    }

    private static String documentLabel(Locale locale, DocumentType document) {
        return CertificationMessages.isEnglish(locale) ? document.labelEn() : document.labelId();
    }

    private static String scaleLabel(Locale locale, BusinessScale scale) {
        return CertificationMessages.label(locale, "certification.scale." + scale);
    }

    private static Optional<GuardFailure> fail(Guard guard, String key) {
        return fail(guard, key, locale -> List.of());
    }

    private static Optional<GuardFailure> fail(Guard guard, String key, Function<Locale, List<Object>> args) {
        List<Object> argsId = args.apply(INDONESIAN);
        List<Object> argsEn = args.apply(Locale.ENGLISH);
        return Optional.of(new GuardFailure(guard, key, argsId, argsEn,
                CertificationMessages.format(INDONESIAN, key, argsId),
                CertificationMessages.format(Locale.ENGLISH, key, argsEn)));
    }
}
