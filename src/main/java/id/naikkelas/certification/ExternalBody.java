package id.naikkelas.certification;

/**
 * Bodies outside the platform that act on a step (regulations.md §4–§9), so a case can say whom
 * it is waiting for. Labels: {@code certification.body.<NAME>}.
 */
enum ExternalBody {
    /** Lembaga OSS, the licensing system operator. */
    OSS,
    /** The regency/city one-stop service office that issues the SPP-IRT for the Bupati/Wali Kota. */
    DPMPTSP,
    /** BPOM, including its Balai and Loka field offices. */
    BPOM,
    /** The halal authority that issues halal certificates. */
    BPJPH,
    /** Lembaga Pemeriksa Halal: the halal audit body of the regular route. */
    LPH,
    /** Lembaga Pendamping Proses Produk Halal: verifies self-declare files by system. */
    LP3H,
    /** The MUI Fatwa Commission or the Komite Fatwa Produk Halal, whichever decides. */
    FATWA_COMMITTEE,
    /** Lembaga Sertifikasi Profesi, licensed by BNSP to certify people's competence. */
    LSP,
    /** KAN-accredited product certification body that issues the SPPT-SNI. */
    LSPRO,
    /** Directorate General of Intellectual Property (trademarks). */
    DJKI
}
