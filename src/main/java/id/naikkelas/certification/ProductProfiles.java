package id.naikkelas.certification;

import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductDetail;
import id.naikkelas.registry.ProductTrait;

import java.time.LocalDate;
import java.util.Set;

/**
 * Turns a registered product and its business into the facts the requirement rules read.
 * Facts the registry does not ask about take the common home-industry case (no hazardous
 * materials, one preservation method, a product type on the self-declare list when it is an
 * IRT food type); the owner confirms the halal criteria as product characteristics.
 */
final class ProductProfiles {

    private ProductProfiles() {
    }

    static ProductProfile of(ProductDetail product, BusinessDetail business, LocalDate asOf) {
        Set<ProductTrait> t = product.traits();
        boolean heatTreated = t.contains(ProductTrait.PASTEURISED) || t.contains(ProductTrait.STERILISED) || t.contains(ProductTrait.RETORT);
        boolean coldChain = product.storage() != id.naikkelas.registry.Storage.AMBIENT;
        return ProductProfile.builder()
                .sector(business.sector().name())
                .asOf(asOf)
                .foodCategory(product.foodCategoryCode())
                .irtFoodType(product.irtFoodTypeCode())
                .shelfLifeDays(product.shelfLifeDays())
                .storage(ProductProfile.Storage.valueOf(product.storage().name()))
                .sterilised(t.contains(ProductTrait.STERILISED))
                .pasteurised(t.contains(ProductTrait.PASTEURISED))
                .retort(t.contains(ProductTrait.RETORT))
                .animalOrigin(t.contains(ProductTrait.ANIMAL_ORIGIN))
                .specialDietary(t.contains(ProductTrait.SPECIAL_DIETARY))
                .babyFood(t.contains(ProductTrait.BABY_FOOD))
                .medicalPurpose(t.contains(ProductTrait.MEDICAL_PURPOSE))
                .labelClaims(t.contains(ProductTrait.LABEL_CLAIMS))
                .medicinalClaims(t.contains(ProductTrait.MEDICINAL_CLAIMS))
                .producedAtResidence(business.premises() == null || business.premises() == Premises.RESIDENCE)
                .automaticEquipment(business.equipment() == Equipment.AUTOMATIC)
                .readyToEat(t.contains(ProductTrait.READY_TO_EAT))
                .packedInFrontOfBuyer(t.contains(ProductTrait.PACKED_IN_FRONT_OF_BUYER))
                .freshProduce(t.contains(ProductTrait.FRESH_PRODUCE))
                .fortified(t.contains(ProductTrait.FORTIFIED))
                .foodAdditive(t.contains(ProductTrait.FOOD_ADDITIVE))
                .alcoholic(t.contains(ProductTrait.ALCOHOLIC))
                .dairy(t.contains(ProductTrait.DAIRY))
                .branded(product.brand() != null && !product.brand().isBlank())
                .nonHalalIngredients(t.contains(ProductTrait.NON_HALAL_INGREDIENTS))
                .onlyExemptMaterials(t.contains(ProductTrait.ONLY_EXEMPT_MATERIALS))
                .ingredientsHalalAssured(t.contains(ProductTrait.HALAL_INGREDIENTS_CERTAIN) || t.contains(ProductTrait.ONLY_EXEMPT_MATERIALS))
                .haramContact(t.contains(ProductTrait.NON_HALAL_INGREDIENTS))
                .slaughteredAnimalIngredients(t.contains(ProductTrait.SLAUGHTERED_ANIMAL_INGREDIENTS))
                .slaughterSourceCertified(t.contains(ProductTrait.SLAUGHTER_SOURCE_CERTIFIED))
                .selfDeclareProductType(product.irtFoodTypeCode() != null)
                .preservationMethods(heatTreated && coldChain ? 2 : 1)
                .separateHalalFacility(t.contains(ProductTrait.SEPARATE_HALAL_FACILITY))
                .eatery(t.contains(ProductTrait.READY_TO_EAT))
                .scale(business.scale())
                .annualSales(business.annualSales() == null ? null : business.annualSales().longValue())
                .hasNib(business.nib() != null)
                .productionFacilities(business.productionSites() == null ? 1 : business.productionSites())
                .outlets(business.outlets() == null ? 1 : business.outlets())
                .build();
    }
}
