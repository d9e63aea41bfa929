package id.naikkelas.registry;

import java.util.List;

/** One page of a keyset-paginated list; {@code next} is the opaque cursor of the following page. */
public record Page<T>(List<T> items, String next) {
}
