package id.naikkelas.registry;

import java.util.List;

public record ProductRow(long id, String name, String brand, String foodCategoryCode, Long photoId, List<PermitType> permits) {
}
