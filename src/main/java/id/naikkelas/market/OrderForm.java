package id.naikkelas.market;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A weekly supply: the inquiry's quantity every week on the start date's weekday, up to the end date. */
public record OrderForm(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
}
