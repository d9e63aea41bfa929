package id.naikkelas.registry;

import id.naikkelas.reference.ProductVocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/** The choices registry forms offer (enums and the BPOM / P-IRT reference lists). */
@Component
class ReferenceOptions {

    record Option(String code, String nameId, String nameEn) {
    }

    /** Ticks that answer the halal self-declare criteria, asked together under their own heading. */
    static final List<ProductTrait> HALAL_TRAITS = List.of(ProductTrait.NON_HALAL_INGREDIENTS, ProductTrait.ONLY_EXEMPT_MATERIALS,
            ProductTrait.SHARED_NON_HALAL_TOOLS, ProductTrait.HAZARDOUS_MATERIALS);
    /** Asked yes / no / not known yet, in this order. */
    static final List<ProductTrait> CONFIRMATIONS = List.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY);

    private final List<Option> foodCategories;
    private final List<Option> irtFoodTypes;
    private final ProductVocabulary vocabulary;

    ReferenceOptions(JdbcClient jdbc, ProductVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.foodCategories = jdbc.sql("SELECT code, name_id, name_en FROM food_category ORDER BY code")
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        this.irtFoodTypes = jdbc.sql("SELECT code, name_id, name_en FROM irt_food_type ORDER BY code")
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A BPOM food category code of the reference list (what the product's column refers to). */
    boolean isFoodCategory(String code) {
        return foodCategories.stream().anyMatch(o -> o.code().equals(code));
    }

    /** A P-IRT food type code of the reference list. */
    boolean isIrtFoodType(String code) {
        return irtFoodTypes.stream().anyMatch(o -> o.code().equals(code));
    }

    void addTo(Model model) {
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("scales", BusinessScale.values());
        model.addAttribute("statuses", BusinessStatus.values());
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("premisesOptions", Premises.values());
        model.addAttribute("equipmentOptions", Equipment.values());
        model.addAttribute("storages", Storage.values());
        model.addAttribute("packagings", PirtParts.Packaging.values());
        model.addAttribute("traitOptions", java.util.Arrays.stream(ProductTrait.values()).filter(t -> !HALAL_TRAITS.contains(t) && !CONFIRMATIONS.contains(t)).toList());
        model.addAttribute("halalTraitOptions", HALAL_TRAITS);
        model.addAttribute("confirmationOptions", CONFIRMATIONS);
        model.addAttribute("foodCategories", foodCategories);
        model.addAttribute("irtFoodTypes", irtFoodTypes);
        model.addAttribute("kindOptions", BusinessKind.values());
        model.addAttribute("sniCommodities", vocabulary.sniCommodities());
        model.addAttribute("selfDeclareTypes", vocabulary.selfDeclareTypes());
        model.addAttribute("preservationOptions", vocabulary.preservation());
        model.addAttribute("processingOptions", vocabulary.processing());
        model.addAttribute("meatSources", MeatSource.values());
        model.addAttribute("meatGrindings", MeatGrinding.values());
    }
}
