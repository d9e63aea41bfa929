package id.naikkelas.market;

import java.util.List;

/** A business's public page: its story, place, programs, awards and published products. Nothing personal. */
public record BusinessPage(long id, String name, String place, String story, String whatsapp, List<String> programs,
                           List<Badge> awards, List<ListingCard> products) {
}
