package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/** The owner's answer to a change request: accept, or decline with a reason (the order then runs unchanged). */
public record ChangeAnswerForm(boolean accept, @Size(max = 1000) String reason) {
}
