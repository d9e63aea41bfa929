package id.naikkelas.assessment;

import java.util.List;

/**
 * What saving one answer changed: the new live result, and the items that this answer showed or
 * hid (a screening question switching its follow-up items on or off), for the form to redraw.
 */
record AnswerSaved(InspectionSummary summary, List<String> visibilityChanged) {
}
