package id.naikkelas.assessment;

import java.util.List;

/** One page of a worklist, by due date; {@code next} is the cursor of the following page, or null. */
public record ActionPage(List<CorrectiveAction> items, String next) {
}
