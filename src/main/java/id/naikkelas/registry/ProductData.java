package id.naikkelas.registry;

import id.naikkelas.common.TextLimits;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What is entered about a product (create and update). Limits are the columns' ({@code product.net_content}
 * varchar(40)); the codes are checked against the reference lists ({@code reference/product-vocabulary.yml}
 * for the SNI commodity, self-declare type, preservation and processing).
 *
 * @param sniCommodity     the SNI commodity the product is, {@code NONE} when it is none of them; null: suggest from name and category
 * @param selfDeclareType  the product type on the halal self-declare list; null: suggest from the category
 * @param meatSource       null when not answered
 * @param unanswered       halal confirmations ({@link #CONFIRMATIONS}) not answered yet: neither yes nor no
 */
public record ProductData(
        String name,
        @Size(max = TextLimits.NAME) String brand,
        String foodCategoryCode,
        String irtFoodTypeCode,
        String sectorCategory,
        PirtParts.Packaging packaging,
        @Size(max = 40) String netContent,
        Integer shelfLifeDays,
        Storage storage,
        @Size(max = TextLimits.NOTE) String ingredients,
        Set<ProductTrait> traits,
        String sniCommodity,
        String selfDeclareType,
        Set<String> preservation,
        Set<String> processing,
        MeatSource meatSource,
        MeatGrinding meatGrinding,
        Set<ProductTrait> unanswered) {

    /** "None of the SNI commodities", said on purpose (so no commodity is suggested from the name). */
    public static final String NO_COMMODITY = "NONE";

    /** Data without the questions added for the permit rules (they stay unanswered). */
    public ProductData(String name, String brand, String foodCategoryCode, String irtFoodTypeCode, String sectorCategory,
                       PirtParts.Packaging packaging, String netContent, Integer shelfLifeDays, Storage storage,
                       String ingredients, Set<ProductTrait> traits) {
        this(name, brand, foodCategoryCode, irtFoodTypeCode, sectorCategory, packaging, netContent, shelfLifeDays, storage,
                ingredients, traits, null, null, Set.of(), Set.of(), null, null, Set.of());
    }

    /** The halal confirmations a person answers yes, no or "not yet known" ({@link #unanswered}). */
    public static final Set<ProductTrait> CONFIRMATIONS = Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN,
            ProductTrait.SEPARATE_HALAL_FACILITY);
}
