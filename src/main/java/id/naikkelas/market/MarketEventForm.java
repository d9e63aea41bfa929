package id.naikkelas.market;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A market event as its agency writes it: name, kind, first and last day, venue and its region (a code from the
 * region picker), what visitors and UMKM should know, how to register, and its status (a draft is not public). UMKM
 * owners may ask to take part while it is open for registration: until {@code registrationClosesOn} (none: the day
 * before it starts) and while fewer than {@code capacity} UMKM take part (none: up to the 300 an event holds).
 */
public record MarketEventForm(@Size(max = 160) String name, MarketEventKind kind, LocalDate startsOn, LocalDate endsOn,
                              @Size(max = 200) String venue, @Size(max = 13) String regionCode, @Size(max = 2000) String description,
                              @Size(max = 500) String registration, MarketEventStatus status, LocalDate registrationClosesOn,
                              @Min(1) @Max(MarketEvents.MAX_PARTICIPANTS) Integer capacity) {

    MarketEventForm withRegion(String code) {
        return new MarketEventForm(name, kind, startsOn, endsOn, venue, code, description, registration, status, registrationClosesOn, capacity);
    }
}
