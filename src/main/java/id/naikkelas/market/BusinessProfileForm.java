package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/** What a business shows of itself: its story, and a WhatsApp number only if the owner fills one in. */
public record BusinessProfileForm(@Size(max = 2000) String story, @Size(max = 20) String whatsapp) {
}
