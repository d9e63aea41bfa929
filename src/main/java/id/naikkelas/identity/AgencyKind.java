package id.naikkelas.identity;

/** Kinds of organisations that use the platform (instansi and partners). */
enum AgencyKind {
    BPOM,
    DINAS_KOPERASI_UMKM,
    DINAS_KESEHATAN,
    DINAS_PERDAGANGAN,
    DINAS_PERINDUSTRIAN,
    BPJPH,
    PEMERINTAH_DAERAH,
    KADIN,
    UNIVERSITY,
    PRAMUKA,
    COMPANY,
    OTHER
}
