package id.naikkelas.certification;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers of the public permit self-check ({@code /cek-izin} and {@code POST /api/v1/permit-check}): plain
 * questions, each optional except the sector; an empty answer means "not known". Codes are text so an unknown one
 * is answered 422 naming the field, like any other refused input.
 */
class PermitCheckAnswers {

    @Schema(description = "the product's name, for the summary's title and to suggest an SNI commodity")
    private String productName;
    @Schema(description = "the brand it is sold under; empty when none")
    private String brand;
    @Schema(description = "one of ProductProfile.SECTORS")
    private String sector;
    @Schema(description = "GOODS, EATERY or CATERING (food only)")
    private String kind;
    @Schema(description = "number of menu items of an eatery or caterer")
    private Integer menuItems;
    @Schema(description = "BPOM food category code, e.g. \"05.0\"; empty: not known")
    private String foodCategory;
    @Schema(description = "P-IRT food type \"01\"..\"15\"; empty: not known or none")
    private String irtFoodType;
    @Schema(description = "an SNI commodity code of the product vocabulary, \"NONE\", or empty to suggest one from the name")
    private String sniCommodity;
    @Schema(description = "a halal self-declare product type code; empty to suggest one from the food category")
    private String selfDeclareType;
    @Schema(description = "shelf life at room temperature, in days")
    private Integer shelfLifeDays;
    @Schema(description = "AMBIENT, CHILLED or FROZEN")
    private String storage;
    @Schema(description = "preservation method codes")
    private List<String> preservation = new ArrayList<>();
    @Schema(description = "processing codes")
    private List<String> processing = new ArrayList<>();
    @Schema(description = "made in the owner's home")
    private Boolean madeAtHome;
    @Schema(description = "MANUAL, SEMI_AUTOMATIC or AUTOMATIC")
    private String equipment;
    @Schema(description = "a ready-to-eat product")
    private Boolean readyToEat;
    @Schema(description = "packed in front of the buyer")
    private Boolean packedInFrontOfBuyer;
    @Schema(description = "fresh produce with minimal handling")
    private Boolean freshProduce;
    @Schema(description = "the label makes a health or nutrition claim")
    private Boolean labelClaims;
    @Schema(description = "the label claims to prevent or treat illness")
    private Boolean medicinalClaims;
    @Schema(description = "vitamins or minerals added")
    private Boolean fortified;
    @Schema(description = "the product is a food additive")
    private Boolean foodAdditive;
    @Schema(description = "food for infants, a special diet or medical purposes")
    private Boolean specialNutrition;
    @Schema(description = "milk or a milk product")
    private Boolean dairy;
    @Schema(description = "contains material of animal origin")
    private Boolean animalOrigin;
    @Schema(description = "an alcoholic drink")
    private Boolean alcoholic;
    @Schema(description = "contains pork or another haram ingredient")
    private Boolean nonHalalIngredients;
    @Schema(description = "production tools or place are shared with non-halal materials")
    private Boolean sharedTools;
    @Schema(description = "uses hazardous materials")
    private Boolean hazardousMaterials;
    @Schema(description = "made only of materials exempt from halal certification")
    private Boolean onlyExemptMaterials;
    @Schema(description = "every ingredient is halal-certified or exempt")
    private Boolean ingredientsHalalCertain;
    @Schema(description = "the halal production place and tools are separate")
    private Boolean separateHalalFacility;
    @Schema(description = "NONE, HALAL_CERTIFIED or NOT_CERTIFIED")
    private String meatSource;
    @Schema(description = "NONE, IN_HOUSE, CERTIFIED_SERVICE or UNCERTIFIED_SERVICE")
    private String meatGrinding;
    @Schema(description = "business capital excluding land and buildings, rupiah")
    private Long capital;
    @Schema(description = "annual sales, rupiah")
    private Long annualSales;
    @Schema(description = "MIKRO, KECIL, MENENGAH or BESAR when the figures are not given")
    private String scale;
    @Schema(description = "the business holds an NIB")
    private Boolean hasNib;
    @Schema(description = "number of production sites")
    private Integer productionSites;
    @Schema(description = "number of outlets")
    private Integer outlets;
    @Schema(description = "the date to evaluate the rules for; today when empty")
    private java.time.LocalDate asOf;

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getMenuItems() {
        return menuItems;
    }

    public void setMenuItems(Integer menuItems) {
        this.menuItems = menuItems;
    }

    public String getFoodCategory() {
        return foodCategory;
    }

    public void setFoodCategory(String foodCategory) {
        this.foodCategory = foodCategory;
    }

    public String getIrtFoodType() {
        return irtFoodType;
    }

    public void setIrtFoodType(String irtFoodType) {
        this.irtFoodType = irtFoodType;
    }

    public String getSniCommodity() {
        return sniCommodity;
    }

    public void setSniCommodity(String sniCommodity) {
        this.sniCommodity = sniCommodity;
    }

    public String getSelfDeclareType() {
        return selfDeclareType;
    }

    public void setSelfDeclareType(String selfDeclareType) {
        this.selfDeclareType = selfDeclareType;
    }

    public Integer getShelfLifeDays() {
        return shelfLifeDays;
    }

    public void setShelfLifeDays(Integer shelfLifeDays) {
        this.shelfLifeDays = shelfLifeDays;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }

    public List<String> getPreservation() {
        return preservation;
    }

    public void setPreservation(List<String> preservation) {
        this.preservation = preservation == null ? new ArrayList<>() : preservation;
    }

    public List<String> getProcessing() {
        return processing;
    }

    public void setProcessing(List<String> processing) {
        this.processing = processing == null ? new ArrayList<>() : processing;
    }

    public Boolean getMadeAtHome() {
        return madeAtHome;
    }

    public void setMadeAtHome(Boolean madeAtHome) {
        this.madeAtHome = madeAtHome;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public Boolean getReadyToEat() {
        return readyToEat;
    }

    public void setReadyToEat(Boolean readyToEat) {
        this.readyToEat = readyToEat;
    }

    public Boolean getPackedInFrontOfBuyer() {
        return packedInFrontOfBuyer;
    }

    public void setPackedInFrontOfBuyer(Boolean packedInFrontOfBuyer) {
        this.packedInFrontOfBuyer = packedInFrontOfBuyer;
    }

    public Boolean getFreshProduce() {
        return freshProduce;
    }

    public void setFreshProduce(Boolean freshProduce) {
        this.freshProduce = freshProduce;
    }

    public Boolean getLabelClaims() {
        return labelClaims;
    }

    public void setLabelClaims(Boolean labelClaims) {
        this.labelClaims = labelClaims;
    }

    public Boolean getMedicinalClaims() {
        return medicinalClaims;
    }

    public void setMedicinalClaims(Boolean medicinalClaims) {
        this.medicinalClaims = medicinalClaims;
    }

    public Boolean getFortified() {
        return fortified;
    }

    public void setFortified(Boolean fortified) {
        this.fortified = fortified;
    }

    public Boolean getFoodAdditive() {
        return foodAdditive;
    }

    public void setFoodAdditive(Boolean foodAdditive) {
        this.foodAdditive = foodAdditive;
    }

    public Boolean getSpecialNutrition() {
        return specialNutrition;
    }

    public void setSpecialNutrition(Boolean specialNutrition) {
        this.specialNutrition = specialNutrition;
    }

    public Boolean getDairy() {
        return dairy;
    }

    public void setDairy(Boolean dairy) {
        this.dairy = dairy;
    }

    public Boolean getAnimalOrigin() {
        return animalOrigin;
    }

    public void setAnimalOrigin(Boolean animalOrigin) {
        this.animalOrigin = animalOrigin;
    }

    public Boolean getAlcoholic() {
        return alcoholic;
    }

    public void setAlcoholic(Boolean alcoholic) {
        this.alcoholic = alcoholic;
    }

    public Boolean getNonHalalIngredients() {
        return nonHalalIngredients;
    }

    public void setNonHalalIngredients(Boolean nonHalalIngredients) {
        this.nonHalalIngredients = nonHalalIngredients;
    }

    public Boolean getSharedTools() {
        return sharedTools;
    }

    public void setSharedTools(Boolean sharedTools) {
        this.sharedTools = sharedTools;
    }

    public Boolean getHazardousMaterials() {
        return hazardousMaterials;
    }

    public void setHazardousMaterials(Boolean hazardousMaterials) {
        this.hazardousMaterials = hazardousMaterials;
    }

    public Boolean getOnlyExemptMaterials() {
        return onlyExemptMaterials;
    }

    public void setOnlyExemptMaterials(Boolean onlyExemptMaterials) {
        this.onlyExemptMaterials = onlyExemptMaterials;
    }

    public Boolean getIngredientsHalalCertain() {
        return ingredientsHalalCertain;
    }

    public void setIngredientsHalalCertain(Boolean ingredientsHalalCertain) {
        this.ingredientsHalalCertain = ingredientsHalalCertain;
    }

    public Boolean getSeparateHalalFacility() {
        return separateHalalFacility;
    }

    public void setSeparateHalalFacility(Boolean separateHalalFacility) {
        this.separateHalalFacility = separateHalalFacility;
    }

    public String getMeatSource() {
        return meatSource;
    }

    public void setMeatSource(String meatSource) {
        this.meatSource = meatSource;
    }

    public String getMeatGrinding() {
        return meatGrinding;
    }

    public void setMeatGrinding(String meatGrinding) {
        this.meatGrinding = meatGrinding;
    }

    public Long getCapital() {
        return capital;
    }

    public void setCapital(Long capital) {
        this.capital = capital;
    }

    public Long getAnnualSales() {
        return annualSales;
    }

    public void setAnnualSales(Long annualSales) {
        this.annualSales = annualSales;
    }

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public Boolean getHasNib() {
        return hasNib;
    }

    public void setHasNib(Boolean hasNib) {
        this.hasNib = hasNib;
    }

    public Integer getProductionSites() {
        return productionSites;
    }

    public void setProductionSites(Integer productionSites) {
        this.productionSites = productionSites;
    }

    public Integer getOutlets() {
        return outlets;
    }

    public void setOutlets(Integer outlets) {
        this.outlets = outlets;
    }

    public java.time.LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(java.time.LocalDate asOf) {
        this.asOf = asOf;
    }

}
