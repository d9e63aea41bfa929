package id.naikkelas.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a buyer tells about their organisation; the officer of that region checks it before verifying. The business
 * address and NIB help the officer find the organisation; neither is ever public.
 */
public record BuyerForm(@NotBlank @Size(max = 200) String organisation, @NotNull BuyerType type, @NotBlank String regionCode,
                        @Size(max = 300) String address, String nib) {
}
