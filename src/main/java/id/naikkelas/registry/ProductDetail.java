package id.naikkelas.registry;

import java.util.List;
import java.util.Set;

public record ProductDetail(long id, long businessId, String businessName, String name, String brand, String foodCategoryCode,
                           String irtFoodTypeCode, String sectorCategory, PirtParts.Packaging packaging, String netContent,
                           Integer shelfLifeDays, Storage storage, String ingredients, Set<ProductTrait> traits,
                           String sniCommodity, String selfDeclareType, Set<String> preservation, Set<String> processing,
                           MeatSource meatSource, MeatGrinding meatGrinding, Set<ProductTrait> unanswered,
                           List<Long> photoIds, List<PermitView> permits, int version, boolean editable) {

    public ProductData data() {
        return new ProductData(name, brand, foodCategoryCode, irtFoodTypeCode, sectorCategory, packaging, netContent,
                shelfLifeDays, storage, ingredients, traits, sniCommodity, selfDeclareType, preservation, processing,
                meatSource, meatGrinding, unanswered);
    }
}
