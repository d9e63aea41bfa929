package id.naikkelas.registry;

/** Bentuk usaha: most UMKM are sole proprietors (perorangan); the seeds push some to a CV. */
public enum LegalForm {
    PERORANGAN, UD, CV, PT, PT_PERORANGAN, KOPERASI, FIRMA, YAYASAN, OTHER
}
