package id.naikkelas.market;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The owner's answer: accept with a price per unit and conditions, or decline with a reason. */
public record AnswerForm(boolean accept, BigDecimal price, @Size(max = 1000) String conditions, @Size(max = 1000) String reason) {
}
