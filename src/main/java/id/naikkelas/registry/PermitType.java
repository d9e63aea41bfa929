package id.naikkelas.registry;

/**
 * Kinds of permits, registrations and certificates an UMKM or its people can hold.
 * Number formats per type live in {@code registry/permit-formats.yml}.
 */
public enum PermitType {
    /** Sertifikat Produksi Pangan Industri Rumah Tangga; the label shows the P-IRT number. */
    PIRT,
    /** BPOM marketing authorisation for domestic processed food ("BPOM RI MD ..."). */
    BPOM_MD,
    /** BPOM marketing authorisation for imported processed food ("BPOM RI ML ..."). */
    BPOM_ML,
    /** BPOM registration of traditional medicine (jamu) by small producers. */
    BPOM_TR,
    /** BPOM cosmetics notification. */
    BPOM_NOTIF,
    /** Halal certificate issued by BPJPH (self-declare or regular route). */
    HALAL,
    /** SPPT-SNI: product certificate for using the SNI mark. */
    SNI,
    /** Sertifikat Laik Higiene Sanitasi for food-handling places. */
    SLHS,
    /** Trademark registration at DJKI. */
    TRADEMARK,
    /** Sertifikat Penyuluhan Keamanan Pangan (food-safety training), a person's certificate. */
    PKP,
    /** BNSP competency certificate, a person's credential. */
    BNSP,
    /** Traditional-medicine business licence (IUMOT / IUKOT) for a jamu maker. */
    TM_PRODUCTION,
    /** Cosmetics production licence (with CPKB) for a cosmetics maker. */
    COSMETICS_PRODUCTION,
    /** Excise licence (NPPBKC) from Customs and Excise for makers of alcoholic drinks. */
    EXCISE,
    /** Fresh-food (PSAT) registration or veterinary control number, applied for outside the platform. */
    PSAT
}
