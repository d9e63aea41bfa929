package id.naikkelas.market;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A market event as its agency writes it: name, kind, first and last day, venue and its region (a code from the
 * region picker), what visitors and UMKM should know, how to register, and its status (a draft is not public).
 */
public record MarketEventForm(@Size(max = 160) String name, MarketEventKind kind, LocalDate startsOn, LocalDate endsOn,
                              @Size(max = 200) String venue, @Size(max = 13) String regionCode, @Size(max = 2000) String description,
                              @Size(max = 500) String registration, MarketEventStatus status) {

    MarketEventForm withRegion(String code) {
        return new MarketEventForm(name, kind, startsOn, endsOn, venue, code, description, registration, status);
    }
}
