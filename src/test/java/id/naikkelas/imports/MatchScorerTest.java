package id.naikkelas.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher's score on hand-written pairs, against the default thresholds (high 0.85, low 0.65). */
class MatchScorerTest {

    static final double HIGH = 0.85;
    static final double LOW = 0.65;

    @Test
    void indonesianFormsAreNormalisedAway() {
        assertThat(Names.person("Hj. Siti Aminah, S.Pd")).isEqualTo("siti aminah");
        assertThat(Names.person("Bpk. H. Mohammad Yusup")).isEqualTo("muhammad yusuf");
        assertThat(Names.business("CV. Kripik Nenas \"Bu Siti\"")).isEqualTo("keripik nanas siti");
        assertThat(Names.business("UD Sumber Rejeki")).isEqualTo(Names.business("Toko Sumber Rejeki"));
        assertThat(Names.address("Jl. Sudirman No. 05, RT 02/RW 01")).isEqualTo(Names.address("Jalan Sudirman 5 rt 2 rw 1"));
    }

    @Test
    void spellingVariantsHonorificsAndAbbreviationsStillMatch() {
        assertThat(score(row("Keripik Nanas Bu Siti", "Siti Aminah", "Jl. Sudirman No. 5", null, null),
                row("Kripik Nenas Ibu Siti", "Hj. Siti Aminah", "Jalan Sudirman 5", null, null))).isGreaterThanOrEqualTo(HIGH);
        assertThat(score(row("UD Sumber Rejeki", "Bpk. Ahmad Yani", null, null, null),
                row("Toko Sumber Rejeki", "Ahmad Yani", null, null, null))).isGreaterThanOrEqualTo(HIGH);
    }

    @Test
    void aTypoInTheNameWithTheSamePhoneLinks() {
        assertThat(score(row("Bolu Kemojo Mak Inah", "Inah Suryani", "Jl. Sultan Syarif Kasim 12", "+6281270001111", null),
                row("Bolu Kemojo Mak Ina", "Inah Suryani", "Jl. Sultan Syarif Kasim No. 12", "+6281270001111", null)))
                .isGreaterThanOrEqualTo(HIGH);
    }

    @Test
    void aShortenedNameAndOwnerGoesToReview() {
        double s = score(row("Bolu Kemojo Mak Inah", "Inah Suryani", "Jl. Sultan Syarif Kasim No. 12", "+6281270001111", null),
                row("Bolu Kemojo Inah", "Hj. Inah", "Jl. Sultan Syarif Kasim 12", null, null));
        assertThat(s).isBetween(LOW, HIGH);
    }

    @Test
    void neighboursWithTheSameProductAndFirstNameAreDifferentBusinesses() {
        assertThat(score(row("Keripik Pisang Bu Siti", "Siti Rahmawati", "Jl. Melati 3", "+6281270002222", null),
                row("Keripik Pisang Bu Sari", "Sari Dewi", "Jl. Kenanga 10", "+6281270003333", null))).isLessThan(LOW);
        assertThat(score(row("Kopi Robusta Lampung", "Ahmad Fauzi", "Jl. Raya Liwa 7", null, null),
                row("Kopi Robusta Lampung", "Wayan Sudarsa", "Jl. Pasar 2", null, null))).isLessThan(LOW);
    }

    @Test
    void identifiersDecideOrShiftTheScore() {
        // same NIB: the same business, whatever the spelling
        assertThat(scoreIds(row("Lempok Durian Atuk", "Zainal", null, null, null), "1234567890123", null,
                row("Lempok Duren", "Zainal Abidin", null, null, null), "1234567890123", null)).isEqualTo(1.0);
        // same NIK, another product: another business of the same owner, not a duplicate
        assertThat(scoreIds(row("Kue Bangkit Mak Ros", "Rosmiati", null, null, null), null, "1472014503850001",
                row("Sambal Lingkong Mak Ros", "Rosmiati", null, null, null), null, "1472014503850001")).isLessThan(HIGH);
        // same NIK, same business name: linked
        assertThat(scoreIds(row("Kue Bangkit Mak Ros", "Rosmiati", null, null, null), null, "1472014503850001",
                row("Kue Bangkit Ros", "Ros", null, null, null), null, "1472014503850001")).isGreaterThanOrEqualTo(HIGH);
        // identical names but two different NIKs: two people, at most a review
        assertThat(scoreIds(row("Kue Bangkit Mak Ros", "Rosmiati", null, null, null), null, "1472014503850001",
                row("Kue Bangkit Mak Ros", "Rosmiati", null, null, null), null, "1472014503850002")).isLessThan(HIGH);
    }

    @Test
    void theReusedTrigramSetsCountAsTheSortedMerge() {
        var set = new TrigramSet();
        var scratch = new TrigramSet();
        String[][] pairs = {{"keripik pisang siti", "kripik pisang siti aminah"}, {"jl sudirman 5", "jl sudirman 5 rt 2"},
                {"aa aa aaa", "aaa"}, {"", "kue bangkit"}, {"lempok durian atuk", "lempok durian atuk"}, {"x", "y z"}};
        for (String[] pair : pairs) {
            double merged = Trigrams.similarity(Trigrams.of(pair[0]), Trigrams.of(pair[1]));
            assertThat(set.of(pair[0]).similarity(pair[1], scratch)).as(pair[0] + " / " + pair[1]).isEqualTo(merged);
            assertThat(set.of(Trigrams.of(pair[0])).similarity(Trigrams.of(pair[1]))).isEqualTo(merged);
        }
    }

    private static Candidate row(String name, String owner, String address, String phone, String nik) {
        return new Candidate(-1, name, owner, address, phone, nik, null);
    }

    private static double score(Candidate a, Candidate b) {
        return MatchScorer.score(new MatchScorer.Query(a), b);
    }

    private static double scoreIds(Candidate a, String nibA, String nikA, Candidate b, String nibB, String nikB) {
        var left = new Candidate(-1, a.name, a.owner, a.address, null, nikA, nibA);
        var right = new Candidate(-2, b.name, b.owner, b.address, null, nikB, nibB);
        return MatchScorer.score(new MatchScorer.Query(left), right);
    }
}
