package id.naikkelas.imports;

import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.registry.BusinessData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides for each valid row of a chunk: the same business as one already known (link), perhaps the
 * same (an officer reviews), or a new one. Exact identifiers first (NIB, then the owner's NIK), then
 * fuzzy matching against the businesses of the same district, including the ones this job creates
 * (committed or still on their way), so a list that repeats a business does not create it twice.
 *
 * <p>One matcher serves one run of a job, on the reader's thread; a run that fails is abandoned with
 * its matcher, so nothing held here can outlive a rolled-back chunk.
 */
final class Matcher {

    /** Candidates scored in full per row, after the word index has ranked them. */
    static final int SCORED = 12;

    enum Outcome { CREATED, MATCHED, QUEUED, REJECTED }

    /** What happens to a line; {@code target} is the matched business, or for CREATED the row itself as a candidate. */
    record Decision(Incoming row, Outcome outcome, Candidate target, double score, RowProblem problem) {
    }

    private final CandidateIndex index;
    private final RegistryCandidates registry;
    private final Jurisdiction jurisdiction;
    private final double high;
    private final double low;
    private final Function<Incoming, RowProblem> nibTaken;
    /** Businesses this run decided to create, by identifier: found even before their chunk is committed. */
    private final Map<Long, Candidate> createdByNib = new HashMap<>();
    private final Map<Long, List<Candidate>> createdByNik = new HashMap<>();
    private final District.Tally tally = new District.Tally();
    /** The row being matched, reset for each (one matcher serves one thread). */
    private final MatchScorer.Query query = new MatchScorer.Query();

    /** {@code nibTaken} words the rejection of a row whose NIB belongs to a business outside the jurisdiction. */
    Matcher(CandidateIndex index, RegistryCandidates registry, Jurisdiction jurisdiction, double high, double low,
            Function<Incoming, RowProblem> nibTaken) {
        this.index = index;
        this.registry = registry;
        this.jurisdiction = jurisdiction;
        this.high = high;
        this.low = low;
        this.nibTaken = nibTaken;
    }

    List<Decision> decide(List<Incoming> rows) {
        var valid = rows.stream().filter(Incoming::valid).map(Incoming::data).toList();
        var known = registry.byIdentifiers(
                valid.stream().map(d -> d.owner().nik()).filter(Objects::nonNull).distinct().toList(),
                valid.stream().map(BusinessData::nib).filter(Objects::nonNull).distinct().toList());
        var knownByNib = new HashMap<Long, RegistryCandidates.Known>();
        var knownByNik = new HashMap<Long, List<Candidate>>();
        for (var k : known) {
            if (k.candidate().nib != 0) {
                knownByNib.put(k.candidate().nib, k);
            }
            if (k.candidate().nik != 0 && jurisdiction.covers(k.regionCode())) {
                knownByNik.computeIfAbsent(k.candidate().nik, n -> new ArrayList<>()).add(k.candidate());
            }
        }
        var decisions = new ArrayList<Decision>(rows.size());
        for (var row : rows) {
            decisions.add(row.valid() ? decide(row, knownByNib, knownByNik) : new Decision(row, Outcome.REJECTED, null, 0, null));
        }
        return decisions;
    }

    private Decision decide(Incoming row, Map<Long, RegistryCandidates.Known> knownByNib, Map<Long, List<Candidate>> knownByNik) {
        var d = row.data();
        var key = new Candidate(-row.line(), d.name(), d.owner().fullName(), d.address(), d.owner().phone(), d.owner().nik(), d.nib());
        if (key.nib != 0) {
            var k = knownByNib.get(key.nib);
            if (k != null) {
                if (!jurisdiction.covers(k.regionCode())) {
                    if (row.listed().nibFromPermits()) {
                        // a NIB read from the permits column never refuses a line: kept as a note, the line goes on without it
                        return decide(row.withoutListedNib(), knownByNib, knownByNik);
                    }
                    // the NIB belongs to a business this importer may not see: say so, do not touch it
                    return new Decision(row, Outcome.REJECTED, null, 0, nibTaken.apply(row));
                }
                return new Decision(row, Outcome.MATCHED, k.candidate(), 1.0, null);
            }
            var created = createdByNib.get(key.nib);
            if (created != null) {
                return new Decision(row, Outcome.MATCHED, created, 1.0, null);
            }
        }
        var query = this.query.reset(key);
        Candidate best = null;
        double bestScore = 0;
        var district = index.district(row.district(), code -> registry.inDistrict(code, jurisdiction));
        var candidates = new ArrayList<>(district.likely(key, SCORED, tally));
        if (key.nik != 0) {
            candidates.addAll(knownByNik.getOrDefault(key.nik, List.of()));
            candidates.addAll(createdByNik.getOrDefault(key.nik, List.of()));
        }
        for (var c : candidates) {
            double score = MatchScorer.score(query, c, Math.max(bestScore, low));
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= high) {
            return new Decision(row, Outcome.MATCHED, best, bestScore, null);
        }
        if (best != null && bestScore >= low) {
            return new Decision(row, Outcome.QUEUED, best, bestScore, null);
        }
        index.added(key, district);
        if (key.nib != 0) {
            createdByNib.put(key.nib, key);
        }
        if (key.nik != 0) {
            createdByNik.computeIfAbsent(key.nik, n -> new ArrayList<>()).add(key);
        }
        return new Decision(row, Outcome.CREATED, key, bestScore, null);
    }
}
