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
    /** With the same NIK, business names (owner's name aside) at least this alike make the same business likely. */
    static final double SAME_OWNER_NAME = 0.5;

    private MatchScorer() {
    }

    /**
     * The incoming side, with its trigrams worked out once for all candidates. A matcher keeps one and
     * resets it for each row, so matching a million rows allocates no trigram sets.
     */
    static final class Query {
        Candidate key;
        final TrigramSet name = new TrigramSet();
        final TrigramSet owner = new TrigramSet();
        final TrigramSet address = new TrigramSet();
        /** A candidate's owner or address, worked out while it is compared. */
        final TrigramSet other = new TrigramSet();

        Query() {
        }

        Query(Candidate key) {
            reset(key);
        }

        Query reset(Candidate key) {
            this.key = key;
            name.of(key.nameGrams);
            owner.of(key.owner);
            address.of(key.address);
            return this;
        }
    }

    static double score(Query q, Candidate c) {
        return score(q, c, 0);
    }

    /**
     * The score, or any value below {@code atLeast} as soon as the business name alone, or the name and
     * the owner, show the candidate cannot reach it (the identifiers only move a score the same way
     * whatever it is): most candidates are dismissed after one or two comparisons instead of three.
     */
    static double score(Query q, Candidate c, double atLeast) {
        Candidate in = q.key;
        if (in.nib != 0 && in.nib == c.nib) {
            return 1.0;
        }
        double name = q.name.similarity(c.nameGrams);
        boolean addresses = q.address.size() > 0 && !c.address.isEmpty();
        if (adjust(in, c, name, addresses ? NAME * name + OWNER + ADDRESS : (NAME * name + OWNER) / (NAME + OWNER)) < atLeast) {
            return 0;
        }
        double owner = q.owner.similarity(c.owner, q.other);
        if (!addresses) {
            return adjust(in, c, name, (NAME * name + OWNER * owner) / (NAME + OWNER));
        }
        // the same bound again with the owner known, before the address is compared
        if (adjust(in, c, name, NAME * name + OWNER * owner + ADDRESS) < atLeast) {
            return 0;
        }
        return adjust(in, c, name, NAME * name + OWNER * owner + ADDRESS * q.address.similarity(c.address, q.other));
    }

    /** Similarity of two business names with the words of their owners' names taken out (unless nothing else is left). */
    static double nameWithoutOwner(Candidate in, Candidate c) {
        return Trigrams.similarity(Trigrams.of(withoutWords(in.name, in.owner)), Trigrams.of(withoutWords(c.name, c.owner)));
    }

    private static String withoutWords(String name, String owner) {
        if (owner.isEmpty()) {
            return name;
        }
        // a set that takes repeated words ("Siti Siti") as well
        var ownerWords = new java.util.HashSet<>(java.util.Arrays.asList(owner.split(" ")));
        var kept = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!ownerWords.contains(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.isEmpty() ? name : kept.toString();
    }

    /** What the identifiers do to a name-and-address score. */
    private static double adjust(Candidate in, Candidate c, double name, double score) {
        if (in.phone != 0 && in.phone == c.phone) {
            score += (1 - score) / 2;
        } else if (in.phone != 0 && c.phone != 0) {
            score *= OTHER_PHONE;
        }
        if (in.nik != 0 && in.nik == c.nik) {
            // the same owner: the business name decides, without the owner's own name in it ("Keripik Talas Warsini" and
            // "Salon Warsini" are two businesses of Warsini, not one; issue 16)
            // names less than half alike are another business of this owner: no floor, the fuzzy score decides
            double own = nameWithoutOwner(in, c);
            if (own >= SAME_OWNER_NAME) {
                score = Math.max(score, 0.5 + 0.5 * own);
            }
        } else if (in.nik != 0 && c.nik != 0) {
            score *= 0.8;
        }
        if (in.nib != 0 && c.nib != 0) { // two NIBs, and not the same one (that returned above)
            score *= 0.5;
        }
        return score;
    }
}
