package id.naikkelas.imports;

import java.util.List;

/**
 * What a column of an agency list can hold, with the headers agencies write for it (Indonesian and
 * English, compared after {@link Headers#normalise}). A header matches a field when it equals one of
 * them or contains all of its words; the longest such header wins, so "Omzet per bulan" is monthly.
 */
enum Field {
    BUSINESS_NAME("nama usaha", "nama umkm", "nama ukm", "nama toko", "nama perusahaan", "nama badan usaha", "nama merek usaha",
            "business name", "name of business", "company name"),
    OWNER_NAME("nama pemilik", "pemilik", "nama pemilik usaha", "nama pelaku usaha", "pelaku usaha", "nama penanggung jawab",
            "penanggung jawab", "owner", "owner name"),
    NIK("nik", "nik pemilik", "no nik", "nomor nik", "no ktp", "nomor ktp", "nik ktp", "national id", "id number"),
    NIB("nib", "no nib", "nomor nib", "nomor induk berusaha"),
    PHONE("no hp", "no hp wa", "nomor hp", "no telp", "no telepon", "nomor telepon", "telepon", "telp", "hp", "wa", "no wa",
            "whatsapp", "kontak", "phone", "mobile", "phone number"),
    EMAIL("email", "e mail", "surel", "alamat email"),
    GENDER("jenis kelamin", "jk", "l p", "gender", "sex"),
    ADDRESS("alamat", "alamat usaha", "alamat lengkap", "alamat tempat usaha", "address", "street address"),
    PROVINCE("provinsi", "prov", "province"),
    REGENCY("kabupaten kota", "kab kota", "kabupaten", "kota", "kota kabupaten", "regency", "city", "regency city"),
    DISTRICT("kecamatan", "kec", "district", "subdistrict"),
    VILLAGE("kelurahan desa", "desa kelurahan", "kelurahan", "desa", "kel desa", "desa kel", "village"),
    REGION_CODE("kode wilayah", "kode desa", "kode kelurahan", "kode kemendagri", "kode wilayah kemendagri", "region code"),
    PRODUCT("jenis produk", "produk", "produk utama", "nama produk", "komoditas", "product", "product type", "products"),
    // "jenis usaha" names the kind of business (kuliner, kerajinan), not its product: a sector
    SECTOR("sektor", "sektor usaha", "bidang usaha", "kategori usaha", "jenis usaha", "jenis kegiatan usaha", "kelompok usaha",
            "sektor jenis usaha", "sector", "industry", "kind of business", "business type"),
    LEGAL_FORM("bentuk usaha", "badan usaha", "bentuk badan usaha", "badan hukum", "legal form"),
    ANNUAL_SALES("omzet", "omset", "omzet per tahun", "omset per tahun", "omzet tahunan", "omset tahunan", "penjualan tahunan",
            "hasil penjualan tahunan", "annual sales", "turnover", "annual turnover"),
    MONTHLY_SALES("omzet per bulan", "omset per bulan", "omzet bulanan", "omset bulanan", "omzet bulan", "omset bulan",
            "monthly sales"),
    CAPITAL("modal", "modal usaha", "capital", "business capital"),
    WORKERS("jumlah tenaga kerja", "tenaga kerja", "jumlah karyawan", "karyawan", "jumlah pekerja", "workers", "employees"),
    FOUNDED("tahun berdiri", "tanggal berdiri", "tahun mulai usaha", "mulai usaha", "berdiri sejak", "tahun usaha", "founded",
            "year founded"),
    // read by PermitsCell: valid permits go to the registry, the rest to the business's notes; never a reason to refuse a line
    PERMITS_HELD("izin", "izin yang dimiliki", "izin dimiliki", "izin usaha yang dimiliki", "legalitas", "legalitas usaha",
            "sertifikat", "sertifikasi", "izin sertifikat", "perizinan", "p irt", "pirt", "spp irt", "p irt halal",
            "p irt halal nib", "pirt halal nib", "permits", "permits held", "licences", "licenses", "certificates"),
    NOTES("keterangan", "ket", "catatan", "catatan petugas", "keterangan lain", "notes", "remarks", "note");

    private final List<String> headers;

    Field(String... headers) {
        this.headers = List.of(headers);
    }

    List<String> headers() {
        return headers;
    }

    /** Fields a row cannot do without; the mapping screen asks for them. */
    public boolean required() {
        return this == BUSINESS_NAME || this == OWNER_NAME;
    }

    /** Columns that never refuse a line (issue 16): what they say is kept as permits or notes, or not at all. */
    public boolean neverRequired() {
        return this == PERMITS_HELD || this == NOTES;
    }

    /** Region fields: a code, or names down to the district. */
    public boolean region() {
        return this == PROVINCE || this == REGENCY || this == DISTRICT || this == VILLAGE || this == REGION_CODE;
    }
}
