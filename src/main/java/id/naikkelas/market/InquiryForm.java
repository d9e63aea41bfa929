package id.naikkelas.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a buyer asks: how many, for when, delivered where, and anything the owner should know. */
public record InquiryForm(@NotNull Integer quantity, @NotNull LocalDate deliverOn, @NotBlank @Size(max = 200) String place,
                          @Size(max = 1000) String note) {
}
