package id.naikkelas.certification;

import id.naikkelas.reference.ProductVocabulary;
import id.naikkelas.reference.ProductVocabulary.Method;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessKind;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.MeatGrinding;
import id.naikkelas.registry.MeatSource;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductDetail;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a registered product and its business into the facts the requirement rules read. Every
 * fact comes from a question of the product or business form (or their API fields), listed in
 * {@link #SOURCES}; what the vocabulary knows (mandatory SNI, the self-declare list, what a
 * preservation method implies) is looked up, not asked again.
 */
@Component
class ProductProfiles {

    /**
     * Where each fact comes from: a field of the product or business data (the form and API use the
     * same names), {@code traits:X} for a tick, or {@code evaluation}/{@code programs} for facts the
     * platform knows. A test fails when a rule reads a fact missing here or a field that does not exist.
     */
    static final Map<String, List<String>> SOURCES = Map.ofEntries(
            Map.entry("sector", List.of("business.sector")),
            Map.entry("foodCategory", List.of("product.foodCategoryCode")),
            Map.entry("irtFoodType", List.of("product.irtFoodTypeCode")),
            Map.entry("shelfLifeDays", List.of("product.shelfLifeDays")),
            Map.entry("storage", List.of("product.storage")),
            Map.entry("sterilised", List.of("product.preservation", "product.processing")),
            Map.entry("pasteurised", List.of("product.preservation")),
            Map.entry("retort", List.of("product.processing")),
            Map.entry("animalOrigin", List.of("product.traits:ANIMAL_ORIGIN", "product.meatSource")),
            Map.entry("specialDietary", List.of("product.traits:SPECIAL_DIETARY")),
            Map.entry("babyFood", List.of("product.traits:BABY_FOOD")),
            Map.entry("medicalPurpose", List.of("product.traits:MEDICAL_PURPOSE")),
            Map.entry("labelClaims", List.of("product.traits:LABEL_CLAIMS")),
            Map.entry("medicinalClaims", List.of("product.traits:MEDICINAL_CLAIMS")),
            Map.entry("producedAtResidence", List.of("business.premises")),
            Map.entry("automaticEquipment", List.of("business.equipment", "product.processing")),
            Map.entry("simpleTechnology", List.of("business.equipment", "product.processing")),
            Map.entry("readyToEat", List.of("product.traits:READY_TO_EAT")),
            Map.entry("packedInFrontOfBuyer", List.of("product.traits:PACKED_IN_FRONT_OF_BUYER")),
            Map.entry("freshProduce", List.of("product.traits:FRESH_PRODUCE")),
            Map.entry("fortified", List.of("product.traits:FORTIFIED")),
            Map.entry("foodAdditive", List.of("product.traits:FOOD_ADDITIVE")),
            Map.entry("alcoholic", List.of("product.traits:ALCOHOLIC")),
            Map.entry("dairy", List.of("product.traits:DAIRY")),
            Map.entry("sniCommodity", List.of("product.sniCommodity", "product.name", "product.foodCategoryCode")),
            Map.entry("mandatorySni", List.of("product.sniCommodity", "product.name", "product.foodCategoryCode")),
            Map.entry("voluntarySni", List.of("product.sniCommodity", "product.name", "product.foodCategoryCode")),
            Map.entry("sniStandard", List.of("product.sniCommodity")),
            Map.entry("branded", List.of("product.brand")),
            Map.entry("nonHalalIngredients", List.of("product.traits:NON_HALAL_INGREDIENTS")),
            Map.entry("onlyExemptMaterials", List.of("product.traits:ONLY_EXEMPT_MATERIALS")),
            Map.entry("ingredientsHalalAssured", List.of("product.traits:HALAL_INGREDIENTS_CERTAIN",
                    "product.traits:ONLY_EXEMPT_MATERIALS")),
            Map.entry("haramContact", List.of("product.traits:SHARED_NON_HALAL_TOOLS", "product.traits:NON_HALAL_INGREDIENTS")),
            Map.entry("slaughteredAnimalIngredients", List.of("product.meatSource")),
            Map.entry("slaughterSourceCertified", List.of("product.meatSource")),
            Map.entry("uncertifiedMeatGrinding", List.of("product.meatGrinding")),
            Map.entry("hazardousMaterials", List.of("product.traits:HAZARDOUS_MATERIALS")),
            Map.entry("selfDeclareProductType", List.of("product.selfDeclareType", "product.foodCategoryCode")),
            Map.entry("preservationMethods", List.of("product.preservation", "product.storage")),
            Map.entry("scale", List.of("business.capital", "business.annualSales")),
            Map.entry("annualSales", List.of("business.annualSales")),
            Map.entry("hasNib", List.of("business.nib")),
            Map.entry("productionFacilities", List.of("business.productionSites")),
            Map.entry("outlets", List.of("business.outlets")),
            Map.entry("separateHalalFacility", List.of("product.traits:SEPARATE_HALAL_FACILITY")),
            Map.entry("eatery", List.of("business.kind")),
            Map.entry("menuItems", List.of("business.menuItems")),
            Map.entry("programTargetsBnsp", List.of("programs")),
            Map.entry("asOf", List.of("evaluation")));

    private final ProductVocabulary vocabulary;

    ProductProfiles(ProductVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        checkMethodFacts(vocabulary);
    }

    /**
     * What the rules read of a business: the registry's profile, or the answers of the public self-check.
     * @param sector the business's sector (a self-check answer gives it per product)
     */
    record BusinessFacts(Sector sector, Premises premises, Equipment equipment, BusinessKind kind, Integer menuItems,
                         BusinessScale scale, BigDecimal annualSales, boolean hasNib, Integer productionSites, Integer outlets) {

        static BusinessFacts of(BusinessDetail b) {
            return new BusinessFacts(b.sector(), b.premises(), b.equipment(), b.kind(), b.menuItems(), b.scale(), b.annualSales(),
                    b.nib() != null, b.productionSites(), b.outlets());
        }
    }

    ProductProfile of(ProductDetail product, BusinessDetail business, Set<PermitType> programTargets, LocalDate asOf) {
        return of(product.data(), BusinessFacts.of(business), programTargets, asOf);
    }

    ProductProfile of(ProductData d, BusinessFacts business, Set<PermitType> programTargets, LocalDate asOf) {
        Set<ProductTrait> t = d.traits();
        var methods = new ArrayList<Method>();
        d.preservation().forEach(code -> vocabulary.method(code).ifPresent(methods::add));
        d.processing().forEach(code -> vocabulary.method(code).ifPresent(methods::add));
        // chilled or frozen storage is itself a preservation method, whether or not it was also ticked
        vocabulary.method(d.storage() == Storage.CHILLED ? "CHILLING" : d.storage() == Storage.FROZEN ? "FREEZING" : "")
                .filter(m -> !methods.contains(m)).ifPresent(methods::add);
        boolean automatic = business.equipment() == Equipment.AUTOMATIC || sets(methods, "automaticEquipment");
        var commodity = commodity(d, business.sector().isFood());
        var meat = d.meatSource();
        boolean eatery = business.kind() != null && business.kind().servesFood();
        var builder = ProductProfile.builder()
                .sector(business.sector().name())
                .asOf(asOf)
                .foodCategory(d.foodCategoryCode())
                .irtFoodType(d.irtFoodTypeCode())
                .shelfLifeDays(d.shelfLifeDays())
                .storage(ProductProfile.Storage.valueOf(d.storage().name()))
                .sterilised(sets(methods, "sterilised") || sets(methods, "retort"))
                .pasteurised(sets(methods, "pasteurised"))
                .retort(sets(methods, "retort"))
                .animalOrigin(t.contains(ProductTrait.ANIMAL_ORIGIN) || meat != null && meat != MeatSource.NONE)
                .specialDietary(t.contains(ProductTrait.SPECIAL_DIETARY))
                .babyFood(t.contains(ProductTrait.BABY_FOOD))
                .medicalPurpose(t.contains(ProductTrait.MEDICAL_PURPOSE))
                .labelClaims(t.contains(ProductTrait.LABEL_CLAIMS))
                .medicinalClaims(t.contains(ProductTrait.MEDICINAL_CLAIMS))
                .producedAtResidence(business.premises() == null || business.premises() == Premises.RESIDENCE)
                .automaticEquipment(automatic)
                .simpleTechnology(!automatic && methods.stream().allMatch(Method::simple))
                .readyToEat(t.contains(ProductTrait.READY_TO_EAT))
                .packedInFrontOfBuyer(t.contains(ProductTrait.PACKED_IN_FRONT_OF_BUYER))
                .freshProduce(t.contains(ProductTrait.FRESH_PRODUCE))
                .fortified(t.contains(ProductTrait.FORTIFIED))
                .foodAdditive(t.contains(ProductTrait.FOOD_ADDITIVE))
                .alcoholic(t.contains(ProductTrait.ALCOHOLIC))
                .dairy(t.contains(ProductTrait.DAIRY))
                .sniCommodity(commodity.map(ProductVocabulary.SniCommodity::code).orElse(null))
                .mandatorySni(commodity.map(ProductVocabulary.SniCommodity::mandatory).orElse(false))
                .voluntarySni(commodity.map(c -> !c.mandatory()).orElse(false))
                .sniStandard(commodity.map(ProductVocabulary.SniCommodity::standard).orElse(null))
                .branded(d.brand() != null && !d.brand().isBlank())
                .nonHalalIngredients(t.contains(ProductTrait.NON_HALAL_INGREDIENTS))
                .onlyExemptMaterials(t.contains(ProductTrait.ONLY_EXEMPT_MATERIALS))
                .ingredientsHalalAssured(t.contains(ProductTrait.ONLY_EXEMPT_MATERIALS) ? Boolean.TRUE
                        : confirmation(d, ProductTrait.HALAL_INGREDIENTS_CERTAIN))
                .haramContact(t.contains(ProductTrait.NON_HALAL_INGREDIENTS) || t.contains(ProductTrait.SHARED_NON_HALAL_TOOLS))
                .hazardousMaterials(t.contains(ProductTrait.HAZARDOUS_MATERIALS))
                .selfDeclareProductType(selfDeclareType(d, eatery).map(ProductVocabulary.SelfDeclareType::listed).orElse(null))
                .preservationMethods((int) methods.stream().filter(Method::counts).count())
                .separateHalalFacility(confirmation(d, ProductTrait.SEPARATE_HALAL_FACILITY))
                .eatery(eatery)
                .menuItems(eatery ? business.menuItems() : null)
                .scale(business.scale())
                .annualSales(business.annualSales() == null ? null : business.annualSales().longValue())
                .hasNib(business.hasNib())
                .productionFacilities(business.productionSites() == null ? 1 : business.productionSites())
                .outlets(business.outlets() == null ? 1 : business.outlets())
                .programTargetsBnsp(programTargets.contains(PermitType.BNSP));
        if (meat == null) {
            // not answered: no meat when nothing of animal origin is declared, otherwise unknown
            boolean noAnimal = !t.contains(ProductTrait.ANIMAL_ORIGIN);
            builder.slaughteredAnimalIngredients(noAnimal ? false : null)
                    .slaughterSourceCertified(noAnimal ? false : null)
                    .uncertifiedMeatGrinding(noAnimal ? false : null);
        } else {
            builder.slaughteredAnimalIngredients(meat != MeatSource.NONE)
                    .slaughterSourceCertified(meat == MeatSource.HALAL_CERTIFIED)
                    .uncertifiedMeatGrinding(meat == MeatSource.NONE ? Boolean.FALSE
                            : d.meatGrinding() == null ? null : d.meatGrinding() == MeatGrinding.UNCERTIFIED_SERVICE);
        }
        return builder.build();
    }

    /** The commodity chosen, or suggested by the name and category unless "none" was chosen on purpose. */
    private Optional<ProductVocabulary.SniCommodity> commodity(ProductData d, boolean food) {
        if (ProductData.NO_COMMODITY.equals(d.sniCommodity())) {
            return Optional.empty();
        }
        if (d.sniCommodity() != null) {
            return vocabulary.sniCommodity(d.sniCommodity());
        }
        return vocabulary.suggestSni(food ? d.foodCategoryCode() : null, d.name());
    }

    /** The type chosen, else an eatery's menu, else the one the BPOM category falls in. */
    private Optional<ProductVocabulary.SelfDeclareType> selfDeclareType(ProductData d, boolean eatery) {
        if (d.selfDeclareType() != null) {
            return vocabulary.selfDeclareType(d.selfDeclareType());
        }
        return eatery ? vocabulary.selfDeclareType("EATERY_MENU") : vocabulary.suggestSelfDeclareType(d.foodCategoryCode());
    }

    /** Yes or no as answered; null while the person has said they do not know yet. */
    private static Boolean confirmation(ProductData d, ProductTrait trait) {
        return d.unanswered().contains(trait) ? null : d.traits().contains(trait);
    }

    private static boolean sets(List<Method> methods, String fact) {
        return methods.stream().anyMatch(m -> fact.equals(m.sets()));
    }

    /** Each method's {@code sets} must name a yes/no fact, or the vocabulary would silently do nothing. */
    static void checkMethodFacts(ProductVocabulary vocabulary) {
        for (Method method : java.util.stream.Stream.concat(vocabulary.preservation().stream(), vocabulary.processing().stream()).toList()) {
            if (method.sets() != null && Facts.find(method.sets()).filter(f -> f.kind() == Facts.Kind.BOOLEAN).isEmpty()) {
                throw new IllegalStateException("product-vocabulary.yml: " + method.code() + " sets '" + method.sets()
                        + "', which is not a yes/no fact of the permit rules");
            }
        }
    }
}
