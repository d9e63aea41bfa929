package id.naikkelas.imports;

/**
 * How likely an incoming row and a registry business are the same business, from 0 to 1.
 *
 * <p>The fuzzy part weighs the business name most, then the owner's name, then the address
 * (trigram similarity after {@link Names} normalisation). Identifiers then decide or shift it: the
 * same NIB is the same business; the same NIK is the same owner, so the business name decides
 * between "the same business" and "another business of that owner"; two different NIKs are two
 * people, two different NIBs two businesses; the same phone number is a strong hint for, two
 * different ones a hint against. In a district with thousands of businesses, "Keripik Pisang Bu Siti"
 * is not unique: the owner's full name, the address and the phone tell neighbours apart.
 */
final class MatchScorer {

    static final double NAME = 0.40;
    static final double OWNER = 0.35;
    static final double ADDRESS = 0.25;
    /** Two different phone numbers: people do change numbers, so a hint against, not a verdict. */
    static final double OTHER_PHONE = 0.85;

    private MatchScorer() {
    }

    /** The incoming side, with its trigrams computed once for all candidates. */
    static final class Query {
        final Candidate key;
        final int[] name;
        final int[] owner;
        final int[] address;

        Query(Candidate key) {
            this.key = key;
            this.name = Trigrams.of(key.name);
            this.owner = Trigrams.of(key.owner);
            this.address = Trigrams.of(key.address);
        }
    }

    static double score(Query q, Candidate c) {
        return score(q, c, 0);
    }

    /**
     * The score, or any value below {@code atLeast} as soon as the business name alone shows the
     * candidate cannot reach it: most candidates are dismissed after one comparison instead of three.
     */
    static double score(Query q, Candidate c, double atLeast) {
        Candidate in = q.key;
        if (in.nib != 0 && in.nib == c.nib) {
            return 1.0;
        }
        double name = Trigrams.similarity(q.name, Trigrams.of(c.name));
        boolean addresses = q.address.length > 0 && !c.address.isEmpty();
        if (adjust(in, c, name, addresses ? NAME * name + OWNER + ADDRESS : (NAME * name + OWNER) / (NAME + OWNER)) < atLeast) {
            return 0;
        }
        double owner = Trigrams.similarity(q.owner, Trigrams.of(c.owner));
        double score = addresses
                ? NAME * name + OWNER * owner + ADDRESS * Trigrams.similarity(q.address, Trigrams.of(c.address))
                : (NAME * name + OWNER * owner) / (NAME + OWNER);
        return adjust(in, c, name, score);
    }

    /** What the identifiers do to a name-and-address score. */
    private static double adjust(Candidate in, Candidate c, double name, double score) {
        if (in.phone != 0 && in.phone == c.phone) {
            score += (1 - score) / 2;
        } else if (in.phone != 0 && c.phone != 0) {
            score *= OTHER_PHONE;
        }
        if (in.nik != 0 && in.nik == c.nik) {
            score = Math.max(score, 0.5 + 0.5 * name);
        } else if (in.nik != 0 && c.nik != 0) {
            score *= 0.8;
        }
        if (in.nib != 0 && c.nib != 0) { // two NIBs, and not the same one (that returned above)
            score *= 0.5;
        }
        return score;
    }
}
