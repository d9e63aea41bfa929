package id.naikkelas.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The terms a buyer asks for (the whole new set, prefilled with the current one): quantity per delivery, weekday
 * (1 = Monday ... 7 = Sunday), last day, place, and a note for the owner.
 */
public record OrderChangeForm(@NotNull Integer quantity, @NotNull Integer weekday, @NotNull LocalDate endsOn,
                              @NotBlank @Size(max = 200) String place, @Size(max = 1000) String note) {
}
