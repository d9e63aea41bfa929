package id.naikkelas.market;

import java.time.LocalDate;

/** A public market event in a list: what, when, where, by whom, and how many UMKM take part. */
public record EventCard(long id, String name, MarketEventKind kind, MarketEventStatus status, LocalDate startsOn, LocalDate endsOn,
                        String venue, String place, String agencyName, int participants) {
}
