package id.naikkelas.registry;

/**
 * Yes/no facts about a product that decide which permits it needs (see the certification
 * rules): origin, intended consumers, label claims, ingredients. Preservation, processing and
 * the source of meat are asked as lists and choices of their own ({@link ProductData}).
 */
public enum ProductTrait {
    ANIMAL_ORIGIN,
    SPECIAL_DIETARY, BABY_FOOD, MEDICAL_PURPOSE,
    LABEL_CLAIMS, MEDICINAL_CLAIMS,
    READY_TO_EAT, PACKED_IN_FRONT_OF_BUYER, FRESH_PRODUCE,
    FORTIFIED, FOOD_ADDITIVE, ALCOHOLIC, DAIRY,
    NON_HALAL_INGREDIENTS, ONLY_EXEMPT_MATERIALS,
    /** Halal self-declare criteria the owner confirms (Kepkaban 146/2025). */
    HALAL_INGREDIENTS_CERTAIN, SEPARATE_HALAL_FACILITY,
    /** Tools or place shared with non-halal production; hazardous materials (e.g. borax, formalin) used. */
    SHARED_NON_HALAL_TOOLS, HAZARDOUS_MATERIALS
}
