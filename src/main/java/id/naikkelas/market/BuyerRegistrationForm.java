package id.naikkelas.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A buyer organisation registering itself: the organisation as the officer will check it, the contact person the
 * account belongs to with how to reach them, and the sign-in name and password (never shown back on the page).
 */
public record BuyerRegistrationForm(@NotBlank @Size(max = 200) String organisation, @NotNull BuyerType type,
                                    @NotBlank String regionCode, @NotBlank @Size(max = 300) String address,
                                    @NotBlank @Size(max = 200) String contactPerson, @NotBlank @Size(max = 30) String phone,
                                    @NotBlank @Size(max = 200) String email, String nib,
                                    @NotBlank String username, @NotBlank String password) {

    static BuyerRegistrationForm empty() {
        return new BuyerRegistrationForm(null, null, null, null, null, null, null, null, null, null);
    }
}
