package id.naikkelas.imports;

import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.registry.MatchCandidates;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** Registry businesses for matching, as {@link Candidate}s: a district's businesses, or the ones holding given NIKs or NIBs. */
@Component
class RegistryCandidates {

    private final MatchCandidates registry;

    RegistryCandidates(MatchCandidates registry) {
        this.registry = registry;
    }

    /** A business found by identifier, with its region: one outside the jurisdiction may not be linked. */
    record Known(Candidate candidate, String regionCode) {
    }

    List<Candidate> inDistrict(String district, Jurisdiction jurisdiction) {
        return registry.inDistrict(district, jurisdiction,
                (id, region, name, owner, address, phone, nik, nib) -> new Candidate(id, name, owner, address, phone, nik, nib));
    }

    /** Two index look-ups (owner NIK, business NIB) for a whole chunk. */
    List<Known> byIdentifiers(Collection<String> niks, Collection<String> nibs) {
        return registry.byIdentifiers(niks, nibs,
                (id, region, name, owner, address, phone, nik, nib) -> new Known(new Candidate(id, name, owner, address, phone, nik, nib), region));
    }
}
