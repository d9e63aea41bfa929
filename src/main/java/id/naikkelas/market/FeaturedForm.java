package id.naikkelas.market;

import java.time.LocalDate;

/** A product an agency puts forward on the catalogue's first page, until a date or with none (until it is removed). */
public record FeaturedForm(Long productId, LocalDate until) {
}
