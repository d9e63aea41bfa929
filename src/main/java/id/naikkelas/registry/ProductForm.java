package id.naikkelas.registry;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public class ProductForm {
    private int version;
    private String name;
    private String brand;
    private String foodCategoryCode;
    private String irtFoodTypeCode;
    private String sectorCategory;
    private PirtParts.Packaging packaging;
    private String netContent;
    private Integer shelfLifeDays;
    private Storage storage = Storage.AMBIENT;
    private String ingredients;
    private Set<ProductTrait> traits = EnumSet.noneOf(ProductTrait.class);
    private String sniCommodity;
    private String selfDeclareType;
    private Set<String> preservation = new TreeSet<>();
    private Set<String> processing = new TreeSet<>();
    private MeatSource meatSource;
    private MeatGrinding meatGrinding;
    /** The halal confirmations as answered: YES, NO or empty (not known yet). */
    private Map<String, String> confirmations = new HashMap<>();

    public ProductForm() {
        ProductData.CONFIRMATIONS.forEach(t -> confirmations.put(t.name(), "")); // a new product: not known yet
    }

    public Map<String, String> getConfirmations() {
        return confirmations;
    }

    public void setConfirmations(Map<String, String> confirmations) {
        this.confirmations = confirmations;
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

    public Set<String> getPreservation() {
        return preservation;
    }

    public void setPreservation(Set<String> preservation) {
        this.preservation = preservation;
    }

    public Set<String> getProcessing() {
        return processing;
    }

    public void setProcessing(Set<String> processing) {
        this.processing = processing;
    }

    public MeatSource getMeatSource() {
        return meatSource;
    }

    public void setMeatSource(MeatSource meatSource) {
        this.meatSource = meatSource;
    }

    public MeatGrinding getMeatGrinding() {
        return meatGrinding;
    }

    public void setMeatGrinding(MeatGrinding meatGrinding) {
        this.meatGrinding = meatGrinding;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getFoodCategoryCode() {
        return foodCategoryCode;
    }

    public void setFoodCategoryCode(String foodCategoryCode) {
        this.foodCategoryCode = foodCategoryCode;
    }

    public String getIrtFoodTypeCode() {
        return irtFoodTypeCode;
    }

    public void setIrtFoodTypeCode(String irtFoodTypeCode) {
        this.irtFoodTypeCode = irtFoodTypeCode;
    }

    public String getSectorCategory() {
        return sectorCategory;
    }

    public void setSectorCategory(String sectorCategory) {
        this.sectorCategory = sectorCategory;
    }

    public PirtParts.Packaging getPackaging() {
        return packaging;
    }

    public void setPackaging(PirtParts.Packaging packaging) {
        this.packaging = packaging;
    }

    public String getNetContent() {
        return netContent;
    }

    public void setNetContent(String netContent) {
        this.netContent = netContent;
    }

    public Integer getShelfLifeDays() {
        return shelfLifeDays;
    }

    public void setShelfLifeDays(Integer shelfLifeDays) {
        this.shelfLifeDays = shelfLifeDays;
    }

    public Storage getStorage() {
        return storage;
    }

    public void setStorage(Storage storage) {
        this.storage = storage;
    }

    public String getIngredients() {
        return ingredients;
    }

    public void setIngredients(String ingredients) {
        this.ingredients = ingredients;
    }

    public Set<ProductTrait> getTraits() {
        return traits;
    }

    public void setTraits(Set<ProductTrait> traits) {
        this.traits = traits;
    }

    ProductData toData() {
        var ticked = traits == null || traits.isEmpty() ? EnumSet.noneOf(ProductTrait.class) : EnumSet.copyOf(traits);
        var unanswered = EnumSet.noneOf(ProductTrait.class);
        for (ProductTrait t : ProductData.CONFIRMATIONS) {
            String answer = confirmations == null ? null : confirmations.get(t.name());
            if ("YES".equals(answer)) {
                ticked.add(t);
            } else if (!"NO".equals(answer)) {
                ticked.remove(t);
                unanswered.add(t);
            } else {
                ticked.remove(t);
            }
        }
        return new ProductData(name, brand, foodCategoryCode, irtFoodTypeCode, sectorCategory, packaging, netContent,
                shelfLifeDays, storage, ingredients, ticked, sniCommodity, selfDeclareType, preservation, processing,
                meatSource, meatGrinding, unanswered);
    }

    static ProductForm of(ProductDetail p) {
        var form = new ProductForm();
        form.version = p.version();
        form.name = p.name();
        form.brand = p.brand();
        form.foodCategoryCode = p.foodCategoryCode();
        form.irtFoodTypeCode = p.irtFoodTypeCode();
        form.sectorCategory = p.sectorCategory();
        form.packaging = p.packaging();
        form.netContent = p.netContent();
        form.shelfLifeDays = p.shelfLifeDays();
        form.storage = p.storage();
        form.ingredients = p.ingredients();
        form.traits = p.traits().isEmpty() ? EnumSet.noneOf(ProductTrait.class) : EnumSet.copyOf(p.traits());
        form.sniCommodity = p.sniCommodity();
        form.selfDeclareType = p.selfDeclareType();
        form.preservation = new TreeSet<>(p.preservation());
        form.processing = new TreeSet<>(p.processing());
        form.meatSource = p.meatSource();
        form.meatGrinding = p.meatGrinding();
        for (ProductTrait t : ProductData.CONFIRMATIONS) {
            form.confirmations.put(t.name(), p.unanswered().contains(t) ? "" : p.traits().contains(t) ? "YES" : "NO");
        }
        return form;
    }
}
