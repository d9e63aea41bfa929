package id.naikkelas.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The districts a job has touched, each loaded once from the registry and then kept current with the
 * businesses the job creates. Bounded: past {@code capacity} businesses the least recently used
 * districts are dropped and reloaded when needed, so memory stays flat however big the registry is.
 */
final class CandidateIndex {

    private final int capacity;
    private final Map<String, District> districts = new LinkedHashMap<>(64, 0.75f, true);
    private int size;

    CandidateIndex(int capacity) {
        this.capacity = capacity;
    }

    District district(String code, Function<String, List<Candidate>> load) {
        var district = districts.get(code);
        if (district == null) {
            district = new District();
            for (var c : load.apply(code)) {
                district.add(c);
            }
            districts.put(code, district);
            size += district.size();
            evict(code);
        }
        return district;
    }

    void added(Candidate candidate, District district) {
        district.add(candidate);
        size++;
    }

    private void evict(String keep) {
        var it = districts.entrySet().iterator();
        while (size > capacity && it.hasNext()) {
            var eldest = it.next();
            if (!eldest.getKey().equals(keep)) {
                size -= eldest.getValue().size();
                it.remove();
            }
        }
    }
}
