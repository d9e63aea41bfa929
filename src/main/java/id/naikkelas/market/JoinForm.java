package id.naikkelas.market;

import jakarta.validation.constraints.Size;

/**
 * An owner asks that one of their businesses take part in a market event, saying (optionally) what it will bring.
 * {@code marketEventId}, not {@code eventId}: that name is a training event's across the platform (its field label).
 */
public record JoinForm(Long marketEventId, Long businessId, @Size(max = 500) String note) {
}
