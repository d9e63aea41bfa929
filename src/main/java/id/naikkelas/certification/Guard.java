package id.naikkelas.certification;

import id.naikkelas.registry.BusinessScale;

import java.util.List;
import java.util.Set;

/**
 * A condition that must hold before a step may be marked done, from a fixed vocabulary because
 * {@link Guards} has to know how to check it. Only the parameter its type uses is set.
 *
 * @param document            for {@link Type#DOCUMENT_PRESENT}
 * @param maxInspectionLevel  for {@link Type#INSPECTION_LEVEL_AT_MOST}: 1–4 (CPPB-IRT level I–IV)
 * @param scales              for {@link Type#BUSINESS_SCALE_IN}; empty otherwise
 * @param unconfirmed         the rule is not confirmed against the regulation (regulations.md [unconfirmed])
 */
record Guard(Type type, DocumentType document, Integer maxInspectionLevel, Set<BusinessScale> scales,
                    boolean unconfirmed) {

    /** CPPB-IRT levels as the inspection form writes them; level n is element n - 1. */
    static final List<String> INSPECTION_LEVELS = List.of("I", "II", "III", "IV");

    /** Guard types and the parameter each takes in a template, besides {@code guard} and {@code unconfirmed}. */
    public enum Type {
        NIB_PRESENT(null),
        DOCUMENT_PRESENT("document"),
        INSPECTION_RECORDED(null),
        INSPECTION_LEVEL_AT_MOST("level"),
        BUSINESS_SCALE_IN("scales"),
        /** The number an outside system gave for this very step (application, STTD, certificate ...). */
        EXTERNAL_REFERENCE_RECORDED(null),
        FACILITATOR_ASSIGNED(null);

        private final String parameter;

        Type(String parameter) {
            this.parameter = parameter;
        }

        /** The template key of the one parameter, or null when the guard takes none. */
        public String parameter() {
            return parameter;
        }
    }

    public Guard {
        scales = Set.copyOf(scales);
    }
}
