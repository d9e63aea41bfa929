package id.naikkelas.assessment;

import java.util.Map;
import java.util.Objects;

/**
 * When an item applies: only if an earlier item was answered {@code is}. Written in a template as
 * {@code applicable_when: {item: C.3, is: MET}}. Deliberately this small: one earlier item, one
 * answer; a chain (halal B.6 depends on B.5, which depends on B.3) covers nested questions.
 */
record ItemCondition(String item, Answer is) {

    public ItemCondition {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(is, "is");
    }

    /** @param visibleAnswers answers to the items shown so far; a hidden item's answer never counts */
    boolean holds(Map<String, Answer> visibleAnswers) {
        return visibleAnswers.get(item) == is;
    }
}
