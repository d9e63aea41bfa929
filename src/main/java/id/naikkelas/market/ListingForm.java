package id.naikkelas.market;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What an owner decides to show of one product: whether it is public and what buyers ask first. */
public record ListingForm(boolean published, BigDecimal priceMin, BigDecimal priceMax, @Size(max = 40) String priceUnit,
                          Integer minOrder, Integer capacityPerWeek, boolean speciality) {

    static ListingForm empty() {
        return new ListingForm(false, null, null, null, null, null, false);
    }
}
