package id.naikkelas.registry;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A business as a line of a search result. */
@NamedInterface("imports")
public record BusinessRow(long id, String name, String ownerName, Sector sector, BusinessScale scale, BusinessStatus status,
                          String regionCode, String placeName, List<PermitType> permits) {
}
