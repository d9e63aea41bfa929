package id.naikkelas.registry;

import java.util.List;

/** A business as a line of a search result. */
public record BusinessRow(long id, String name, String ownerName, Sector sector, BusinessScale scale, BusinessStatus status,
                          String regionCode, String placeName, List<PermitType> permits) {
}
