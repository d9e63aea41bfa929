package id.naikkelas.market;

import java.util.List;

/**
 * A public event page: the event, and each participating UMKM with its stand and its products the public sees. While it is
 * open for registration, UMKM of the agency's jurisdiction may ask to take part until {@code askUntil} (null: not, or no
 * longer), for one of {@code capacity} stands (null: no limit).
 */
public record EventPage(EventCard event, String description, String registration, java.time.LocalDate askUntil, Integer capacity,
                        List<Exhibitor> exhibitors) {

    /** A participating business; {@code products} empty when it publishes none (then it has no public page either). */
    public record Exhibitor(long businessId, String name, String place, String booth, List<ListingCard> products) {
    }
}
