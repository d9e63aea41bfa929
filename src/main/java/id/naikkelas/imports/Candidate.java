package id.naikkelas.imports;

/**
 * A registry business as the matcher sees it: normalised names and address, and identifiers as
 * numbers (0 when absent), lean enough to keep a million of them in memory (the name's trigrams too). A business this job is
 * about to create carries a provisional negative id until its chunk is committed.
 */
final class Candidate {

    long businessId;
    final String name;
    /** Trigrams of the name, computed once: every row compares a dozen candidates by name first. */
    final char[] nameGrams;
    final String owner;
    final String address;
    final long phone;
    final long nik;
    final long nib;

    Candidate(long businessId, String name, String owner, String address, String phone, String nik, String nib) {
        this.businessId = businessId;
        this.name = Names.business(name);
        this.nameGrams = Trigrams.of(this.name);
        this.owner = Names.person(owner);
        this.address = Names.address(address);
        this.phone = digits(phone);
        this.nik = digits(nik);
        this.nib = digits(nib);
    }

    /** "+6281234567890" → 6281234567890; 0 for none. */
    static long digits(String value) {
        if (value == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
            }
        }
        return n;
    }
}
