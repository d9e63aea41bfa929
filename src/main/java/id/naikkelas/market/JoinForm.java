package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/** An owner asks that one of their businesses take part in a market event, saying (optionally) what it will bring. */
public record JoinForm(Long eventId, Long businessId, @Size(max = 500) String note) {
}
