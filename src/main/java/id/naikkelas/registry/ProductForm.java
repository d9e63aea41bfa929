package id.naikkelas.registry;

import java.util.EnumSet;
import java.util.Set;

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
        return new ProductData(name, brand, foodCategoryCode, irtFoodTypeCode, sectorCategory, packaging, netContent,
                shelfLifeDays, storage, ingredients, traits);
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
        return form;
    }
}
