package id.naikkelas.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores one set of answers against a checklist. Items are read in order: an item whose condition
 * does not hold is hidden (not counted, not required), and since conditions only look back, one
 * pass decides visibility. Stateless, so one instance can serve every request.
 */
final class InspectionScoring {

    private final LevelRule levelRule;

    public InspectionScoring(LevelRule levelRule) {
        this.levelRule = levelRule;
    }

    /**
     * @param answers item code to answer; a missing item is unanswered, an answer to a hidden item is ignored
     * @throws IllegalArgumentException when an answer names an item the template lacks (answers given
     *                                  for another version), or the template needs another level rule
     */
    public InspectionResult evaluate(ChecklistTemplate template, Map<String, Answer> answers) {
        rejectUnknownItems(template, answers.keySet());
        Map<String, Answer> visibleAnswers = new HashMap<>();
        List<String> unanswered = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<Deviation> deviations = new ArrayList<>();
        int weightAnswered = 0;
        int weightMet = 0;
        for (ChecklistSection section : template.sections()) {
            for (ChecklistItem item : section.items()) {
                if (item.applicableWhen() != null && !item.applicableWhen().holds(visibleAnswers)) {
                    hidden.add(item.code());
                    continue;
                }
                Answer answer = answers.get(item.code());
                if (answer == null) {
                    unanswered.add(item.code());
                    continue;
                }
                visibleAnswers.put(item.code(), answer);
                if (item.screening() || answer == Answer.NOT_APPLICABLE) {
                    continue;
                }
                weightAnswered += item.weight();
                if (answer == Answer.MET) {
                    weightMet += item.weight();
                } else {
                    deviations.add(new Deviation(section.code(), item));
                }
            }
        }
        DeviationCounts counts = DeviationCounts.tally(deviations.stream().map(Deviation::deviationClass).toList());
        OptionalDouble score = weightAnswered == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * weightMet / weightAnswered);
        return new InspectionResult(template.code(), template.version(), counts, deviations,
                template.levelRuleCode().map(code -> levelRuleNamed(code, template).classify(counts)),
                unanswered, hidden, score);
    }

    private LevelRule levelRuleNamed(String code, ChecklistTemplate template) {
        if (!code.equals(levelRule.code())) {
            throw new IllegalArgumentException("checklist '" + template.code() + "' version " + template.version()
                    + " is scored with level rule '" + code + "', but this scoring uses '" + levelRule.code() + "'");
        }
        return levelRule;
    }

    private static void rejectUnknownItems(ChecklistTemplate template, Set<String> answered) {
        Set<String> known = template.items().stream().map(ChecklistItem::code).collect(Collectors.toSet());
        List<String> unknown = answered.stream().filter(code -> !known.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("answers name items that checklist '" + template.code() + "' version "
                    + template.version() + " does not have: " + unknown);
        }
    }
}
