package id.naikkelas.registry;

/**
 * Yes/no facts about a product that decide which permits it needs (see the certification
 * rules): processing, intended consumers, label claims, ingredients.
 */
public enum ProductTrait {
    ANIMAL_ORIGIN, PASTEURISED, STERILISED, RETORT,
    SPECIAL_DIETARY, BABY_FOOD, MEDICAL_PURPOSE,
    LABEL_CLAIMS, MEDICINAL_CLAIMS,
    READY_TO_EAT, PACKED_IN_FRONT_OF_BUYER, FRESH_PRODUCE,
    FORTIFIED, FOOD_ADDITIVE, ALCOHOLIC, DAIRY,
    NON_HALAL_INGREDIENTS, ONLY_EXEMPT_MATERIALS, SLAUGHTERED_ANIMAL_INGREDIENTS,
    /** Halal self-declare criteria the owner confirms (Kepkaban 146/2025). */
    HALAL_INGREDIENTS_CERTAIN, SLAUGHTER_SOURCE_CERTIFIED, SEPARATE_HALAL_FACILITY
}
