package id.naikkelas.registry;

import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What is entered about a product (create and update). Limits are the columns' ({@code product.net_content}
 * varchar(40)); the codes are checked against the reference lists.
 */
public record ProductData(
        String name,
        String brand,
        String foodCategoryCode,
        String irtFoodTypeCode,
        String sectorCategory,
        PirtParts.Packaging packaging,
        @Size(max = 40) String netContent,
        Integer shelfLifeDays,
        Storage storage,
        String ingredients,
        Set<ProductTrait> traits) {
}
