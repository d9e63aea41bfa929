package id.naikkelas.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published versions of every checklist. A published (code, version) never changes, because
 * inspections already scored against it must stay explainable: publishing it again with equal
 * content is a no-op, with different content it is refused. Change a checklist by publishing the
 * next version; older versions stay retrievable as they were. Safe to share between threads.
 */
final class ChecklistCatalog {

    private final Map<String, NavigableMap<Integer, ChecklistTemplate>> byCode = new HashMap<>();

    /** A catalog holding the templates shipped under {@code assessment/checklists/}. */
    public static ChecklistCatalog bundled() {
        ChecklistCatalog catalog = new ChecklistCatalog();
        ChecklistTemplates.loadBundled().forEach(catalog::publish);
        return catalog;
    }

    /**
     * @return true when the version is new, false when exactly this content was already published
     * @throws ChecklistVersionConflictException when the (code, version) is published with other content
     */
    public synchronized boolean publish(ChecklistTemplate template) {
        NavigableMap<Integer, ChecklistTemplate> versions = byCode.computeIfAbsent(template.code(), code -> new TreeMap<>());
        ChecklistTemplate published = versions.putIfAbsent(template.version(), template);
        if (published == null) {
            return true;
        }
        if (!published.equals(template)) {
            throw new ChecklistVersionConflictException(template.code(), template.version(), versions.lastKey() + 1);
        }
        return false;
    }

    public synchronized Optional<ChecklistTemplate> find(String code, int version) {
        return Optional.ofNullable(byCode.getOrDefault(code, new TreeMap<>()).get(version));
    }

    /** The highest version number, which is not necessarily the one published last. */
    public synchronized Optional<ChecklistTemplate> latest(String code) {
        NavigableMap<Integer, ChecklistTemplate> versions = byCode.get(code);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /** Every published version of a checklist, oldest first; empty for an unknown code. */
    public synchronized List<ChecklistTemplate> versions(String code) {
        return List.copyOf(byCode.getOrDefault(code, new TreeMap<>()).values());
    }

    /** The codes of all checklists, sorted. */
    public synchronized List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }
}
