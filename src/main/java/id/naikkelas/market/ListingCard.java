package id.naikkelas.market;

import java.math.BigDecimal;
import java.util.List;

/** A published product as the catalogue list shows it: no owner, no address, only the regency. */
public record ListingCard(long productId, String name, String brand, long businessId, String businessName, String place,
                          BigDecimal priceMin, BigDecimal priceMax, String priceUnit, Integer minOrder, Integer capacityPerWeek,
                          boolean speciality, Photo photo, List<Badge> badges) {

    /** A product photo with its size, so the page reserves its space before it loads. */
    public record Photo(long id, int width, int height) {
    }

    ListingCard withBadges(List<Badge> earned) {
        return new ListingCard(productId, name, brand, businessId, businessName, place, priceMin, priceMax, priceUnit, minOrder,
                capacityPerWeek, speciality, photo, earned);
    }

    public boolean has(String badge) {
        return badges.stream().anyMatch(b -> b.code().equals(badge));
    }
}
