package id.naikkelas.registry;

import java.util.Set;

/** What is entered about a product (create and update). */
public record ProductData(
        String name,
        String brand,
        String foodCategoryCode,
        String irtFoodTypeCode,
        String sectorCategory,
        PirtParts.Packaging packaging,
        String netContent,
        Integer shelfLifeDays,
        Storage storage,
        String ingredients,
        Set<ProductTrait> traits) {
}
