package id.naikkelas.certification;

import id.naikkelas.registry.BusinessScale;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts about one product and the business that makes it that the permit rules read,
 * independent of how they are stored. Each component name is a fact name usable in
 * {@code certification/requirement-rules.yml}; an empty (null) fact means "not answered":
 * it never satisfies a comparison, and a halal criterion that needs it reads "to be confirmed".
 *
 * @param sector                       one of {@link #SECTORS}
 * @param foodCategory                 BPOM food category (PerBPOM 34/2019), e.g. "05.0"
 * @param irtFoodType                  P-IRT food-type group "01".."15" (PerBPOM 22/2018 annex II), if the product is in one
 * @param shelfLifeDays                shelf life at room temperature
 * @param storage                      where the product must be kept
 * @param sterilised                   commercially sterilised (a preservation method or retort processing)
 * @param pasteurised                  pasteurised
 * @param retort                       retorted (canned or retort pouch), a form of commercial sterilisation
 * @param animalOrigin                 of animal origin
 * @param specialDietary               food for a special diet, e.g. for diabetics
 * @param babyFood                     infant formula or MP-ASI (complementary infant food)
 * @param medicalPurpose               food for special medical purposes
 * @param labelClaims                  the label makes a health or nutrition claim
 * @param medicinalClaims              the label claims to prevent or treat illness: that makes a herbal product a traditional medicine
 * @param producedAtResidence          made in the owner's home
 * @param automaticEquipment           made with automatic equipment or an automatic line
 * @param simpleTechnology             manual to semi-automatic, with no processing outside the halal "simple technology" (retort, cultures, distillation, extrusion)
 * @param readyToEat                   a ready-to-eat product
 * @param packedInFrontOfBuyer         packed in front of the buyer
 * @param freshProduce                 fresh produce with minimal post-harvest handling
 * @param fortified                    vitamins or minerals added
 * @param foodAdditive                 the product is a food additive (BTP)
 * @param alcoholic                    an alcoholic drink
 * @param dairy                        milk or a milk product
 * @param sniCommodity                 the commodity code where an SNI exists (reference/product-vocabulary.yml), chosen or suggested
 * @param mandatorySni                 that commodity's SNI is mandatory
 * @param voluntarySni                 an SNI exists for that commodity but is voluntary
 * @param sniStandard                  the standard's number, for explanations
 * @param branded                      sold under its own brand name
 * @param nonHalalIngredients          contains pork, alcohol (khamr) or another haram ingredient
 * @param onlyExemptMaterials          made only of materials exempt from halal certification (KMA 1360/2021)
 * @param ingredientsHalalAssured      every ingredient is halal-certified or on the KMA 1360/2021 exempt list; null when not answered
 * @param haramContact                 production touches haram materials (shared tools or place)
 * @param slaughteredAnimalIngredients uses meat or other parts of slaughtered animals; null when not answered
 * @param slaughterSourceCertified     those come from a halal-certified producer or slaughterhouse (RPH/RPU); null when not answered
 * @param uncertifiedMeatGrinding      ground meat comes from a grinding service without a halal certificate; null when not answered
 * @param hazardousMaterials           uses hazardous materials
 * @param selfDeclareProductType       the product type is on the self-declare list (Kepkaban 145/2025); null when the type is not known
 * @param preservationMethods          number of preservation methods combined (chilled or frozen storage counts as one)
 * @param scale                        business scale (PP 7/2021), null when capital and sales are unknown
 * @param annualSales                  annual sales in rupiah, as declared
 * @param hasNib                       the business holds an NIB
 * @param productionFacilities         number of production facilities
 * @param outlets                      number of outlets
 * @param separateHalalFacility        halal production place and tools are separate from non-halal ones; null when not answered
 * @param eatery                       the business serves food (warung, rumah makan, jasa boga) rather than selling goods
 * @param menuItems                    number of menu items of an eatery; null when not answered
 * @param programTargetsBnsp           the business is in a program whose target includes BNSP competency certification
 * @param asOf                         the date the rules are evaluated for (deadlines such as 17 Oct 2026 depend on it)
 */
record ProductProfile(
        String sector,
        String foodCategory,
        String irtFoodType,
        Integer shelfLifeDays,
        Storage storage,
        boolean sterilised,
        boolean pasteurised,
        boolean retort,
        boolean animalOrigin,
        boolean specialDietary,
        boolean babyFood,
        boolean medicalPurpose,
        boolean labelClaims,
        boolean medicinalClaims,
        boolean producedAtResidence,
        boolean automaticEquipment,
        boolean simpleTechnology,
        boolean readyToEat,
        boolean packedInFrontOfBuyer,
        boolean freshProduce,
        boolean fortified,
        boolean foodAdditive,
        boolean alcoholic,
        boolean dairy,
        String sniCommodity,
        boolean mandatorySni,
        boolean voluntarySni,
        String sniStandard,
        boolean branded,
        boolean nonHalalIngredients,
        boolean onlyExemptMaterials,
        Boolean ingredientsHalalAssured,
        boolean haramContact,
        Boolean slaughteredAnimalIngredients,
        Boolean slaughterSourceCertified,
        Boolean uncertifiedMeatGrinding,
        boolean hazardousMaterials,
        Boolean selfDeclareProductType,
        int preservationMethods,
        BusinessScale scale,
        Long annualSales,
        boolean hasNib,
        int productionFacilities,
        int outlets,
        Boolean separateHalalFacility,
        boolean eatery,
        Integer menuItems,
        boolean programTargetsBnsp,
        LocalDate asOf) {

    /** The fixed sector codes; a String rather than an enum so other modules share the codes, not a type. */
    public static final List<String> SECTORS = List.of(
            "PROCESSED_FOOD", "BEVERAGE", "TRADITIONAL_MEDICINE", "COSMETICS",
            "BATIK", "HANDICRAFT", "FASHION", "OTHER");

    public ProductProfile {
        if (!SECTORS.contains(sector)) {
            throw new IllegalArgumentException("sector must be one of " + SECTORS + ", was " + sector);
        }
        if (irtFoodType != null && !irtFoodType.matches("\\d{2}")) {
            throw new IllegalArgumentException("irtFoodType must be two digits, was " + irtFoodType);
        }
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(asOf, "asOf");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the product must be kept. */
    public enum Storage { AMBIENT, CHILLED, FROZEN }

    /**
     * Fills the many facts by name. Sector and asOf must be set; anything else not set is false,
     * zero or not answered, storage is ambient, and there is one facility and one outlet.
     */
    public static final class Builder {
        private String sector;
        private String foodCategory;
        private String irtFoodType;
        private Integer shelfLifeDays;
        private Storage storage = Storage.AMBIENT;
        private boolean sterilised;
        private boolean pasteurised;
        private boolean retort;
        private boolean animalOrigin;
        private boolean specialDietary;
        private boolean babyFood;
        private boolean medicalPurpose;
        private boolean labelClaims;
        private boolean medicinalClaims;
        private boolean producedAtResidence;
        private boolean automaticEquipment;
        private boolean simpleTechnology;
        private boolean readyToEat;
        private boolean packedInFrontOfBuyer;
        private boolean freshProduce;
        private boolean fortified;
        private boolean foodAdditive;
        private boolean alcoholic;
        private boolean dairy;
        private String sniCommodity;
        private boolean mandatorySni;
        private boolean voluntarySni;
        private String sniStandard;
        private boolean branded;
        private boolean nonHalalIngredients;
        private boolean onlyExemptMaterials;
        private Boolean ingredientsHalalAssured;
        private boolean haramContact;
        private Boolean slaughteredAnimalIngredients;
        private Boolean slaughterSourceCertified;
        private Boolean uncertifiedMeatGrinding;
        private boolean hazardousMaterials;
        private Boolean selfDeclareProductType;
        private int preservationMethods;
        private BusinessScale scale;
        private Long annualSales;
        private boolean hasNib;
        private int productionFacilities = 1;
        private int outlets = 1;
        private Boolean separateHalalFacility;
        private boolean eatery;
        private Integer menuItems;
        private boolean programTargetsBnsp;
        private LocalDate asOf;

        private Builder() {
        }

        public Builder sector(String v) { sector = v; return this; }
        public Builder foodCategory(String v) { foodCategory = v; return this; }
        public Builder irtFoodType(String v) { irtFoodType = v; return this; }
        public Builder shelfLifeDays(Integer v) { shelfLifeDays = v; return this; }
        public Builder storage(Storage v) { storage = v; return this; }
        public Builder sterilised(boolean v) { sterilised = v; return this; }
        public Builder pasteurised(boolean v) { pasteurised = v; return this; }
        public Builder retort(boolean v) { retort = v; return this; }
        public Builder animalOrigin(boolean v) { animalOrigin = v; return this; }
        public Builder specialDietary(boolean v) { specialDietary = v; return this; }
        public Builder babyFood(boolean v) { babyFood = v; return this; }
        public Builder medicalPurpose(boolean v) { medicalPurpose = v; return this; }
        public Builder labelClaims(boolean v) { labelClaims = v; return this; }
        public Builder medicinalClaims(boolean v) { medicinalClaims = v; return this; }
        public Builder producedAtResidence(boolean v) { producedAtResidence = v; return this; }
        public Builder automaticEquipment(boolean v) { automaticEquipment = v; return this; }
        public Builder simpleTechnology(boolean v) { simpleTechnology = v; return this; }
        public Builder readyToEat(boolean v) { readyToEat = v; return this; }
        public Builder packedInFrontOfBuyer(boolean v) { packedInFrontOfBuyer = v; return this; }
        public Builder freshProduce(boolean v) { freshProduce = v; return this; }
        public Builder fortified(boolean v) { fortified = v; return this; }
        public Builder foodAdditive(boolean v) { foodAdditive = v; return this; }
        public Builder alcoholic(boolean v) { alcoholic = v; return this; }
        public Builder dairy(boolean v) { dairy = v; return this; }
        public Builder sniCommodity(String v) { sniCommodity = v; return this; }
        public Builder mandatorySni(boolean v) { mandatorySni = v; return this; }
        public Builder voluntarySni(boolean v) { voluntarySni = v; return this; }
        public Builder sniStandard(String v) { sniStandard = v; return this; }
        public Builder branded(boolean v) { branded = v; return this; }
        public Builder nonHalalIngredients(boolean v) { nonHalalIngredients = v; return this; }
        public Builder onlyExemptMaterials(boolean v) { onlyExemptMaterials = v; return this; }
        public Builder ingredientsHalalAssured(Boolean v) { ingredientsHalalAssured = v; return this; }
        public Builder haramContact(boolean v) { haramContact = v; return this; }
        public Builder slaughteredAnimalIngredients(Boolean v) { slaughteredAnimalIngredients = v; return this; }
        public Builder slaughterSourceCertified(Boolean v) { slaughterSourceCertified = v; return this; }
        public Builder uncertifiedMeatGrinding(Boolean v) { uncertifiedMeatGrinding = v; return this; }
        public Builder hazardousMaterials(boolean v) { hazardousMaterials = v; return this; }
        public Builder selfDeclareProductType(Boolean v) { selfDeclareProductType = v; return this; }
        public Builder preservationMethods(int v) { preservationMethods = v; return this; }
        public Builder scale(BusinessScale v) { scale = v; return this; }
        public Builder annualSales(Long v) { annualSales = v; return this; }
        public Builder hasNib(boolean v) { hasNib = v; return this; }
        public Builder productionFacilities(int v) { productionFacilities = v; return this; }
        public Builder outlets(int v) { outlets = v; return this; }
        public Builder separateHalalFacility(Boolean v) { separateHalalFacility = v; return this; }
        public Builder eatery(boolean v) { eatery = v; return this; }
        public Builder menuItems(Integer v) { menuItems = v; return this; }
        public Builder programTargetsBnsp(boolean v) { programTargetsBnsp = v; return this; }
        public Builder asOf(LocalDate v) { asOf = v; return this; }

        public ProductProfile build() {
            return new ProductProfile(sector, foodCategory, irtFoodType, shelfLifeDays, storage, sterilised, pasteurised,
                    retort, animalOrigin, specialDietary, babyFood, medicalPurpose, labelClaims, medicinalClaims,
                    producedAtResidence, automaticEquipment, simpleTechnology, readyToEat, packedInFrontOfBuyer, freshProduce,
                    fortified, foodAdditive, alcoholic, dairy, sniCommodity, mandatorySni, voluntarySni, sniStandard, branded,
                    nonHalalIngredients, onlyExemptMaterials, ingredientsHalalAssured, haramContact,
                    slaughteredAnimalIngredients, slaughterSourceCertified, uncertifiedMeatGrinding, hazardousMaterials,
                    selfDeclareProductType, preservationMethods, scale, annualSales, hasNib, productionFacilities, outlets,
                    separateHalalFacility, eatery, menuItems, programTargetsBnsp, asOf);
        }
    }
}
