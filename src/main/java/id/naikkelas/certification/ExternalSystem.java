package id.naikkelas.certification;

/**
 * The outside system a step is carried out in, so the platform can link to it and record the
 * number it hands out. Labels: {@code certification.system.<NAME>}.
 */
enum ExternalSystem {
    /** oss.go.id: NIB and the P-IRT application. */
    OSS,
    /** ptsp.halal.go.id: halal certification, both routes. */
    SIHALAL,
    /** BPOM e-registration of processed food (registrasipangan.pom.go.id). */
    E_REG_BPOM,
    /** merek.dgip.go.id: online trademark filing. */
    MEREK_DJKI,
    /** Done on paper or in person, or in a system the platform does not know. */
    NONE
}
