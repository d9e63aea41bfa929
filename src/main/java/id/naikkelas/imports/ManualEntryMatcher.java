package id.naikkelas.imports;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.reference.Region;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Nib;
import id.naikkelas.registry.Nik;
import id.naikkelas.registry.PhoneNumbers;
import id.naikkelas.registry.PossibleDuplicates;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Manual entry uses the import's matcher (issue 16): a business typed into the registry form is scored against the
 * businesses of its district and those with its NIK or NIB, exactly as an imported line is; those at or above the
 * review threshold are shown before saving. Only agency staff are shown candidates (an owner registering a business
 * must not learn about other people's).
 */
@Component
class ManualEntryMatcher implements PossibleDuplicates {

    /** Candidates shown: the officer compares a handful, not a list. */
    private static final int SHOWN = 5;

    private final RegistryCandidates registry;
    private final Access access;
    private final Businesses businesses;
    private final Today today;
    private final ImportSettings settings;

    ManualEntryMatcher(RegistryCandidates registry, Access access, Businesses businesses, ImportSettings settings, Today today) {
        this.today = today;
        this.registry = registry;
        this.access = access;
        this.businesses = businesses;
        this.settings = settings;
    }

    @Override
    public List<Match> of(BusinessData d) {
        var me = access.require();
        String code = d == null ? null : d.regionCode();
        if (!me.isProgramStaff() || code == null || !Region.isWellFormed(code) || code.length() < 8 || d.owner() == null) {
            return List.of();
        }
        // as the registry will store them, so that the same number written another way is the same number
        var phone = PhoneNumbers.check(blank(d.owner().phone()));
        var nik = Nik.check(blank(d.owner().nik()), today.date());
        var nib = Nib.check(blank(d.nib()));
        String nikValue = d.owner().nik() != null && nik.valid() ? nik.normalized() : null;
        String nibValue = d.nib() != null && nib.problems().isEmpty() ? nib.normalized() : null;
        var key = new Candidate(0, d.name(), d.owner().fullName(), d.address(),
                d.owner().phone() != null && phone.problems().isEmpty() ? phone.e164() : null, nikValue, nibValue);
        var candidates = new ArrayList<>(registry.inDistrict(code.substring(0, 8), me.jurisdiction()));
        registry.byIdentifiers(nikValue == null ? List.of() : List.of(nikValue), nibValue == null ? List.of() : List.of(nibValue))
                .stream().filter(k -> me.jurisdiction().covers(k.regionCode())).forEach(k -> candidates.add(k.candidate()));
        var query = new MatchScorer.Query(key);
        var seen = new HashSet<Long>();
        record Scored(Candidate candidate, double score) {
        }
        var scored = new ArrayList<Scored>();
        for (var c : candidates) {
            double score = MatchScorer.score(query, c);
            if (score >= settings.match().low() && seen.add(c.businessId)) {
                scored.add(new Scored(c, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        var matches = new ArrayList<Match>();
        for (var s : scored.subList(0, Math.min(SHOWN, scored.size()))) {
            var detail = businesses.get(s.candidate().businessId);
            matches.add(new Match(detail.id(), detail.name(), detail.owner().fullName(), detail.regionLabel(), s.score()));
        }
        return matches;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
